#include "bench/BenchHledger.h"
#include "bench/BenchScenarios.h"
#include "bench/BenchStats.h"
#include "funds/FundService.h"
#include "ledger/Ledger.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace amparo {
namespace bench {
namespace {

struct FundPositionsText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::FundPositions)
};

constexpr int kMostHledgerRuns = 3; // it takes a while at a million postings

} // namespace

void benchFundPositions(BenchContext& context)
{
    auto session = Vault::open(context.vault.directory, QStringLiteral("finance"),
                               context.passphrase, Clock::system());
    const FundService funds(*session);
    const Ledger ledger(*session);
    const std::vector<Fund> all = funds.list();
    // A year ago: the date filter has work to do on both sides of it.
    const QDate at = session->clock().nowUtc().date().addYears(-1);

    const Samples positions = measure(context.repetitions, [&] {
        for (const Fund& fund : all)
            (void)funds.position(fund.id, at);
    });
    const Samples balances = measure(context.repetitions, [&] { (void)ledger.balances(at); });

    // The journal holds the vault's (synthetic) ledger in plain text: it
    // lives in a private temporary folder, removed when this returns.
    QTemporaryDir folder;
    if (!folder.isValid())
        throw Error(ErrorKind::Storage,
                    FundPositionsText::tr("No temporary folder for the exported journal."));
    const QString journal = folder.filePath(QStringLiteral("bench.journal"));
    const double exportMs = millisecondsOf([&] {
        QFile file(journal);
        if (!file.open(QIODevice::WriteOnly))
            throw Error(ErrorKind::Storage, FundPositionsText::tr("Cannot write %1.").arg(journal));
        QTextStream out(&file);
        Ledger(*session).writeJournal(out);
    });

    const QString ms = FundPositionsText::tr("ms");
    context.report.add(
        QStringLiteral("fund-positions"),
        FundPositionsText::tr("6. Fund positions at a date, %n fund(s)", nullptr, int(all.size())),
        positions.median(), ms);
    context.report.add(
        QStringLiteral("ledger-balances"),
        FundPositionsText::tr("6. Every account's balance at a date (as hledger bal)"),
        balances.median(), ms);
    context.report.add(QStringLiteral("journal-export"),
                       FundPositionsText::tr("6. Exporting the hledger journal"), exportMs, ms);

    const QString hledger = findHledger();
    if (hledger.isEmpty()) {
        context.report.add(QStringLiteral("hledger-bal"),
                           FundPositionsText::tr("6. hledger bal on the exported journal"),
                           std::nullopt, ms, std::nullopt,
                           FundPositionsText::tr("not measured (hledger is not installed)"));
        context.report.add(QStringLiteral("hledger-ratio"),
                           FundPositionsText::tr("6. hledger bal / fund positions"), std::nullopt,
                           FundPositionsText::tr("×"), atLeast(100),
                           FundPositionsText::tr("not measured (hledger is not installed)"));
        return;
    }
    Samples hledgerTimes;
    HledgerRun last;
    for (int r = 0; r < std::min(context.repetitions, kMostHledgerRuns); ++r) {
        last = runHledgerBalance(hledger, journal, at);
        if (!last.ran)
            throw Error(ErrorKind::Storage, last.error);
        hledgerTimes.add(last.milliseconds);
    }
    const QStringList differences =
        balanceDifferences(balanceTable(ledger.balances(at)), last.balances);
    context.report.add(QStringLiteral("hledger-bal"),
                       FundPositionsText::tr("6. hledger bal on the exported journal"),
                       hledgerTimes.median(), ms, std::nullopt,
                       FundPositionsText::tr("%n run(s)", nullptr, int(hledgerTimes.size())));
    context.report.add(QStringLiteral("hledger-ratio"),
                       FundPositionsText::tr("6. hledger bal / fund positions"),
                       hledgerTimes.median() / std::max(positions.median(), 1e-3),
                       FundPositionsText::tr("×"), atLeast(100));
    context.report.add(
        QStringLiteral("hledger-agree"),
        FundPositionsText::tr("6. Amparo's balances and hledger's"), std::nullopt, {}, std::nullopt,
        differences.isEmpty()
            ? FundPositionsText::tr("agree")
            : FundPositionsText::tr("DIFFER: %1").arg(differences.join(QStringLiteral("; "))));
}

} // namespace bench
} // namespace amparo
