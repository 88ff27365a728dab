#pragma once

#include "util/Clock.h"

namespace amparo {
namespace demo {

// The clock of the simulated history: the generator moves it to each act
// before asking a service to do it, so that transitions, assistance dates,
// pseudonym years and audit entries carry the time the act "happened".
class DemoClock final : public Clock
{
public:
    explicit DemoClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace demo
} // namespace amparo
