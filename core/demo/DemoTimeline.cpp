#include "demo/DemoTimeline.h"

#include "demo/DemoClock.h"

#include <algorithm>

namespace amparo {
namespace demo {

void DemoTimeline::at(const QDateTime& when, std::function<void()> act)
{
    m_acts.push_back({when, static_cast<int>(m_acts.size()), std::move(act)});
}

void DemoTimeline::run(DemoClock& clock, const QDateTime& end)
{
    // Acts may plan further acts while they run; those join the queue.
    std::size_t done = 0;
    while (done < m_acts.size()) {
        std::sort(m_acts.begin() + static_cast<std::ptrdiff_t>(done), m_acts.end(),
                  [](const Act& a, const Act& b) {
                      return a.when != b.when ? a.when < b.when : a.order < b.order;
                  });
        Act act = std::move(m_acts[done++]);
        if (act.when > end)
            continue;
        clock.set(act.when);
        act.run();
    }
    m_acts.clear();
}

} // namespace demo
} // namespace amparo
