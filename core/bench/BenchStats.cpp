#include "bench/BenchStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace amparo {
namespace bench {

double Samples::percentile(double p) const
{
    if (m_values.empty())
        return 0;
    std::vector<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

double Samples::total() const
{
    return std::accumulate(m_values.begin(), m_values.end(), 0.0);
}

double millisecondsOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

Samples measure(int repetitions, const std::function<void()>& work)
{
    Samples samples;
    for (int i = 0; i < repetitions; ++i)
        samples.add(millisecondsOf(work));
    return samples;
}

} // namespace bench
} // namespace amparo
