#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace amparo {
namespace bench {

// A target from PRODUCT §8 / issue 9: "at most" or "at least" a bound.
struct BenchTarget
{
    enum class Kind
    {
        AtMost,
        AtLeast
    };
    Kind kind = Kind::AtMost;
    double bound = 0;
};

// One line of the benchmark's table.
struct BenchRow
{
    QString id;     // stable key for scripts and tests (--json), never translated
    QString figure; // what was measured, for people
    std::optional<double> value;
    QString unit;
    std::optional<BenchTarget> target;
    QString note; // "agree", "reused", "not measured (…)"

    std::optional<bool> met() const;
};

// Where the figures were measured.
struct MachineInfo
{
    QString cpu;
    int cores = 0;
    qint64 ramBytes = 0;

    static MachineInfo current();
};

struct BenchReport
{
    MachineInfo machine;
    QString buildType;
    int cases = 0;
    int postings = 0;
    int repetitions = 0;
    QString vaultDirectory;
    bool vaultReused = false;
    std::vector<BenchRow> rows;

    BenchRow& add(QString id, QString figure, std::optional<double> value, QString unit,
                  std::optional<BenchTarget> target = std::nullopt, QString note = {});
};

inline BenchTarget atMost(double bound)
{
    return {BenchTarget::Kind::AtMost, bound};
}
inline BenchTarget atLeast(double bound)
{
    return {BenchTarget::Kind::AtLeast, bound};
}

} // namespace bench
} // namespace amparo
