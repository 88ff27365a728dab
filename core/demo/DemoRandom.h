#pragma once

#include "demo/DemoCorpus.h"

#include <QString>
#include <cstdint>
#include <random>

namespace amparo {
namespace demo {

// The one source of chance in the demo: a seeded Mersenne Twister, and draws
// written out by hand rather than through std::uniform_*_distribution, whose
// results differ between standard libraries. The same seed gives the same
// vault everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    // SplitMix64 of two numbers: independent streams (one per case) from one seed.
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b)
    {
        std::uint64_t z = a + 0x9E3779B97F4A7C15ULL * (b + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // 0 ≤ n < bound (bound > 0).
    int below(int bound)
    {
        return static_cast<int>(m_engine() % static_cast<std::uint64_t>(bound));
    }
    // lowest ≤ n ≤ highest.
    int between(int lowest, int highest) { return lowest + below(highest - lowest + 1); }
    // True with probability `p`.
    bool chance(double p) { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53 < p; }

    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    QString word(Words words) { return QString::fromUtf8(pick(words)); }

    std::uint64_t next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

} // namespace demo
} // namespace amparo
