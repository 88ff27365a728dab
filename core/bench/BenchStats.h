#pragma once

#include <QElapsedTimer>
#include <functional>
#include <vector>

namespace amparo {
namespace bench {

// Timings in milliseconds of repeated runs of one thing.
class Samples
{
public:
    void add(double milliseconds) { m_values.push_back(milliseconds); }
    bool empty() const { return m_values.empty(); }
    std::size_t size() const { return m_values.size(); }
    double median() const { return percentile(50); }
    // Nearest-rank percentile (0 < p <= 100): a value that was measured.
    double percentile(double p) const;
    double total() const;

private:
    std::vector<double> m_values;
};

// Milliseconds `work` takes, on a monotonic clock.
double millisecondsOf(const std::function<void()>& work);

// Runs `work` `repetitions` times and keeps each time.
Samples measure(int repetitions, const std::function<void()>& work);

} // namespace bench
} // namespace amparo
