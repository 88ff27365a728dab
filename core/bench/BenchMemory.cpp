#include "bench/BenchScenarios.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace amparo {
namespace bench {
namespace {

struct MemoryText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::Memory)
};

constexpr int kProbeTimeoutMs = 10 * 60 * 1000;

std::optional<double> megabytes(const QString& output, const char* field)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^%1:\\s*(\\d+) kB").arg(QLatin1String(field)),
                           QRegularExpression::MultilineOption)
            .match(output);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble() / 1024.0;
}

} // namespace

void benchGuiMemory(BenchContext& context)
{
    const QString peak = MemoryText::tr("10. GUI with the vault open, peak resident memory");
    const QString steady = MemoryText::tr("10. GUI with the vault open, steady resident memory");
    const QString mb = MemoryText::tr("MB");
    auto notMeasured = [&](const QString& why) {
        context.report.add(QStringLiteral("gui-memory-peak"), peak, std::nullopt, mb, std::nullopt,
                           why);
        context.report.add(QStringLiteral("gui-memory-steady"), steady, std::nullopt, mb,
                           atMost(250), why);
    };
    if (context.memoryHelper.isEmpty() || !QFileInfo(context.memoryHelper).isExecutable()) {
        notMeasured(MemoryText::tr("not measured (GUI not built)"));
        return;
    }
    // The passphrase goes through the probe's standard input, never its arguments.
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("AMPARO_PASSPHRASE"));
    probe.setProcessEnvironment(environment);
    probe.start(context.memoryHelper, {context.vault.directory, QStringLiteral("caseworker")});
    if (!probe.waitForStarted()) {
        notMeasured(MemoryText::tr("not measured (%1)").arg(probe.errorString()));
        return;
    }
    probe.write(context.passphrase.chars(), static_cast<qint64>(context.passphrase.size()));
    probe.write("\n");
    probe.closeWriteChannel();
    if (!probe.waitForFinished(kProbeTimeoutMs) || probe.exitCode() != 0) {
        probe.kill();
        notMeasured(MemoryText::tr("not measured (the probe failed: %1)")
                        .arg(QString::fromUtf8(probe.readAllStandardError()).simplified()));
        return;
    }
    const QString output = QString::fromUtf8(probe.readAllStandardOutput());
    const QRegularExpressionMatch rows =
        QRegularExpression(QStringLiteral("^ListRows: (\\d+)"), QRegularExpression::MultilineOption)
            .match(output);
    if (!rows.hasMatch() || rows.captured(1).toInt() == 0) {
        notMeasured(MemoryText::tr("not measured (the probe's case list stayed empty)"));
        return;
    }
    const QString shown =
        MemoryText::tr("case list showing %n row(s)", nullptr, rows.captured(1).toInt());
    context.report.add(QStringLiteral("gui-memory-peak"), peak, megabytes(output, "VmHWM"), mb,
                       std::nullopt, shown);
    context.report.add(QStringLiteral("gui-memory-steady"), steady, megabytes(output, "VmRSS"), mb,
                       atMost(250), shown);
}

} // namespace bench
} // namespace amparo
