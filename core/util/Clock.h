#pragma once

#include <QDateTime>

namespace amparo {

// Time is injected so that throttling, auto-lock and due dates are tested
// without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock& system();
};

// ISO 8601 in UTC with milliseconds, the one timestamp format stored anywhere.
QString toStoredTimestamp(const QDateTime& time);

} // namespace amparo
