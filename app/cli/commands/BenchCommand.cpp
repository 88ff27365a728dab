// amparo-cli bench: builds (or reuses) a scaled vault of synthetic data and
// measures what PRODUCT §8 promises. See docs/PERFORMANCE.md.

#include "CliContext.h"
#include "Passphrase.h"
#include "TableWriter.h"
#include "bench/BenchScenarios.h"
#include "commands/Commands.h"
#include "version/BuildInfo.h"

#include <QCoreApplication>
#include <QDir>

namespace amparo {
namespace cli {
namespace {

struct BenchText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Bench)
};

constexpr int kDefaultCases = 10'000;
constexpr int kDefaultRepetitions = 5;

int boundedNumber(const CliArguments& arguments, const QString& option, int fallback, int low,
                  int high)
{
    if (!arguments.has(option))
        return fallback;
    bool ok = false;
    const int value = arguments.value(option).toInt(&ok);
    if (!ok || value < low || value > high)
        throw UsageError(BenchText::tr("--%1 needs a whole number from %2 to %3.")
                             .arg(option)
                             .arg(low)
                             .arg(high));
    return value;
}

QString formatValue(double value)
{
    const int decimals = value < 10 ? 2 : value < 1000 ? 1 : 0;
    return QString::number(value, 'f', decimals);
}

QString formatTarget(const std::optional<bench::BenchTarget>& target)
{
    if (!target)
        return {};
    return (target->kind == bench::BenchTarget::Kind::AtMost ? QStringLiteral("<= ")
                                                             : QStringLiteral(">= ")) +
           formatValue(target->bound);
}

QString formatMet(const std::optional<bool>& met)
{
    if (!met)
        return {};
    return *met ? BenchText::tr("yes") : BenchText::tr("NO");
}

QString buildType()
{
#ifdef AMPARO_BUILD_TYPE
    const QString type = QStringLiteral(AMPARO_BUILD_TYPE);
    return type.isEmpty() ? BenchText::tr("unknown") : type;
#else
    return BenchText::tr("unknown");
#endif
}

void writeHeader(QTextStream& out, const bench::BenchReport& report)
{
    out << BenchText::tr("Amparo benchmark (amparo %1, %2 build, SQLCipher %3)")
               .arg(amparoVersion(), report.buildType, sqlcipherVersion())
        << '\n';
    out << BenchText::tr("Machine: %1, %n core(s), %2 GB RAM", nullptr, report.machine.cores)
               .arg(report.machine.cpu)
               .arg(double(report.machine.ramBytes) / (1024.0 * 1024 * 1024), 0, 'f', 1)
        << '\n';
    out << BenchText::tr("Scale: %1 cases, %2 postings; each figure the median of %n "
                         "repetition(s)",
                         nullptr, report.repetitions)
               .arg(report.cases)
               .arg(report.postings)
        << '\n';
    out << (report.vaultReused ? BenchText::tr("Vault: %1 (reused, built earlier)")
                               : BenchText::tr("Vault: %1 (built now)"))
               .arg(report.vaultDirectory)
        << "\n\n";
}

void writeReport(QTextStream& out, QTextStream& err, OutputFormat format,
                 const bench::BenchReport& report)
{
    std::vector<QStringList> rows;
    for (const bench::BenchRow& row : report.rows) {
        QStringList cells{row.figure,
                          row.value ? formatValue(*row.value) : QStringLiteral("-"),
                          row.unit,
                          formatTarget(row.target),
                          formatMet(row.met()),
                          row.note};
        if (format != OutputFormat::Table)
            cells.prepend(row.id);
        rows.push_back(cells);
    }
    QStringList columns{QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("unit"),
                        QStringLiteral("target"), QStringLiteral("met"),   QStringLiteral("note")};
    if (format == OutputFormat::Table) {
        writeHeader(out, report);
    } else {
        columns.prepend(QStringLiteral("id"));
        writeHeader(err, report); // stdout stays parseable
        err.flush();
    }
    writeRows(out, format, columns, rows);
}

} // namespace

int runBench(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 {QStringLiteral("cases"), QStringLiteral("postings"),
                                  QStringLiteral("repetitions"), QStringLiteral("vault"),
                                  QStringLiteral("format"), QStringLiteral("passphrase-fd")});
    arguments.requirePositionalCount(0);
    bench::BenchScale scale;
    scale.cases = boundedNumber(arguments, QStringLiteral("cases"), kDefaultCases, 100, 1'000'000);
    scale.postings =
        boundedNumber(arguments, QStringLiteral("postings"), scale.cases * 10, 1000, 10'000'000);
    const int repetitions =
        boundedNumber(arguments, QStringLiteral("repetitions"), kDefaultRepetitions, 1, 100);
    const OutputFormat format =
        parseOutputFormat(arguments.value(QStringLiteral("format"), QStringLiteral("table")));
    const QString directory = arguments.has(QStringLiteral("vault"))
                                  ? arguments.value(QStringLiteral("vault"))
                                  : bench::BenchVault::defaultDirectory(scale);
    if (directory.isEmpty())
        throw UsageError(BenchText::tr("--vault needs a folder."));
    const SecureBytes passphrase =
        readSecret(SecretKind::Passphrase, arguments,
                   BenchText::tr("Passphrase for the benchmark vault's users: "));

    bench::BenchReport report;
    report.machine = bench::MachineInfo::current();
    report.buildType = buildType();
    report.cases = scale.cases;
    report.postings = scale.postings;
    report.repetitions = repetitions;
    context.err << BenchText::tr("bench: the vault is %1").arg(QDir(directory).absolutePath())
                << '\n';
    context.err.flush();
    bench::BenchContext bench{
        bench::BenchVault::prepare(
            directory, scale, passphrase,
            [&](const QString& step, int done, int total) {
                context.err
                    << BenchText::tr("bench: building %1: %2 of %3").arg(step).arg(done).arg(total)
                    << '\n';
                context.err.flush();
            }),
        passphrase,
        scale,
        repetitions,
        report,
        QCoreApplication::applicationDirPath() + QStringLiteral("/amparo-bench-memory")};
    report.vaultDirectory = bench.vault.directory;
    report.vaultReused = bench.vault.reused;

    using Scenario = void (*)(bench::BenchContext&);
    const std::pair<const char*, Scenario> scenarios[] = {
        {"1", bench::benchBuilding},      {"2", bench::benchOpening},
        {"3-4", bench::benchCaseList},    {"5", bench::benchCaseTabs},
        {"6", bench::benchFundPositions}, {"7", bench::benchPlaintextRatio},
        {"8", bench::benchSummaryPdf},    {"9", bench::benchCsvImport},
        {"10", bench::benchGuiMemory},    {"11", bench::benchDashboard},
    };
    for (const auto& [number, scenario] : scenarios) {
        context.err << BenchText::tr("bench: scenario %1").arg(QLatin1String(number)) << '\n';
        context.err.flush();
        scenario(bench);
    }
    writeReport(context.out, context.err, format, report);
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
