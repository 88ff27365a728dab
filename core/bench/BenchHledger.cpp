#include "bench/BenchHledger.h"

#include "money/Money.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

namespace amparo {
namespace bench {
namespace {

struct HledgerText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::Hledger)
};

constexpr int kHledgerTimeoutMs = 30 * 60 * 1000;

// hledger's CSV: every field quoted, no field holds a quote or a comma
// (account names and commodity codes are Amparo's own).
QStringList csvFields(const QString& line)
{
    QStringList fields = line.split(QLatin1Char(','));
    for (QString& field : fields) {
        field = field.trimmed();
        if (field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
            field = field.mid(1, field.size() - 2);
    }
    return fields;
}

} // namespace

BalanceTable balanceTable(const std::vector<AccountBalance>& balances)
{
    BalanceTable table;
    for (const AccountBalance& b : balances)
        table[{b.account, b.commodity}] = formatAmount(b.amountMinor, b.commodity);
    return table;
}

QString findHledger()
{
    return QStandardPaths::findExecutable(QStringLiteral("hledger"));
}

HledgerRun runHledgerBalance(const QString& hledger, const QString& journal, const QDate& at)
{
    HledgerRun run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(hledger,
                  {QStringLiteral("-f"), journal, QStringLiteral("bal"), QStringLiteral("--flat"),
                   QStringLiteral("--layout=bare"), QStringLiteral("-O"), QStringLiteral("csv"),
                   QStringLiteral("-e"), at.addDays(1).toString(Qt::ISODate)});
    if (!process.waitForStarted() || !process.waitForFinished(kHledgerTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.error =
            HledgerText::tr("hledger did not run to the end: %1").arg(process.errorString());
        return run;
    }
    run.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = HledgerText::tr("hledger failed: %1")
                        .arg(QString::fromUtf8(process.readAllStandardError()).simplified());
        return run;
    }
    run.ran = true;
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first is the header
        const QStringList f = csvFields(lines[i]);
        // hledger ends with a "total" row; no account of Amparo has that name.
        if (f.size() != 3 || f[0] == QLatin1String("total"))
            continue;
        run.balances[{f[0], f[1]}] = f[2];
    }
    return run;
}

QStringList balanceDifferences(const BalanceTable& amparo, const BalanceTable& hledger, int limit)
{
    QStringList found;
    for (const auto& [key, amount] : amparo) {
        const auto other = hledger.find(key);
        if (other == hledger.end() || other->second != amount)
            found << QStringLiteral("%1 %2: %3 / %4")
                         .arg(key.first, key.second, amount,
                              other == hledger.end() ? QStringLiteral("-") : other->second);
    }
    for (const auto& [key, amount] : hledger)
        if (!amparo.count(key))
            found << QStringLiteral("%1 %2: - / %3").arg(key.first, key.second, amount);
    return found.mid(0, limit);
}

} // namespace bench
} // namespace amparo
