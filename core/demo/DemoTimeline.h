#pragma once

#include <QDateTime>
#include <functional>
#include <vector>

namespace amparo {
namespace demo {

class DemoClock;

// The acts of one case, in the order they happen. Each is planned with its
// time; run() sets the clock to that time and does it. Acts planned after
// the end of the simulated period have not happened yet and are dropped.
class DemoTimeline
{
public:
    void at(const QDateTime& when, std::function<void()> act);
    void run(DemoClock& clock, const QDateTime& end);

private:
    struct Act
    {
        QDateTime when;
        int order = 0; // acts at the same time keep their planned order
        std::function<void()> run;
    };
    std::vector<Act> m_acts;
};

} // namespace demo
} // namespace amparo
