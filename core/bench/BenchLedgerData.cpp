#include "bench/BenchLedgerData.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "funds/FundService.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Ledger.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <random>

namespace amparo {
namespace bench {
namespace {

struct LedgerDataText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::LedgerData)
};

constexpr int kTransactionsPerBatch = 5000;
constexpr int kDaysOfHistory = 5 * 365;

qint64 postingCount(Session& session)
{
    db::Statement count = session.database().prepare("SELECT count(*) FROM ledger_postings");
    count.step();
    return count.int64(0);
}

// One of the three everyday movements of a fund, in its own currency.
JournalEntry movement(const Fund& fund, int kind, qint64 amountMinor, const QDate& date)
{
    JournalEntry entry;
    entry.date = date;
    entry.fundId = fund.id;
    const QString code = fund.code;
    switch (kind) {
    case 0:
        entry.kind = QStringLiteral("contribution");
        entry.description = QStringLiteral("Benchmark contribution to %1").arg(code);
        addMovement(entry, accounts::bank(code), amountMinor, fund.currency,
                    accounts::contributions(code), amountMinor, fund.currency);
        break;
    case 1:
        entry.kind = QStringLiteral("commitment");
        entry.description = QStringLiteral("Benchmark grant approved from %1").arg(code);
        addMovement(entry, accounts::grantExpenses(code), amountMinor, fund.currency,
                    accounts::commitments(code), amountMinor, fund.currency);
        break;
    default:
        entry.kind = QStringLiteral("disbursement");
        entry.description = QStringLiteral("Benchmark payment from %1").arg(code);
        addMovement(entry, accounts::commitments(code), amountMinor, fund.currency,
                    accounts::bank(code), amountMinor, fund.currency);
        break;
    }
    return entry;
}

} // namespace

int writeBenchPostings(Session& finance, int totalPostings,
                       const std::function<void(int done, int total)>& progress)
{
    const std::vector<Fund> funds = FundService(finance).list();
    if (funds.empty())
        throw Error(ErrorKind::Refused,
                    LedgerDataText::tr("The benchmark vault has no fund to post to."));
    const int wanted = std::max<qint64>(0, totalPostings - postingCount(finance));
    const int transactions = (wanted + 1) / 2;
    const QDate today = finance.clock().nowUtc().date();
    std::mt19937_64 random(9); // deterministic: the same scale gives the same ledger
    Ledger ledger(finance);
    int written = 0;
    for (int done = 0; done < transactions;) {
        db::Transaction batch(finance.database());
        const int end = std::min(transactions, done + kTransactionsPerBatch);
        for (; done < end; ++done) {
            const Fund& fund = funds[static_cast<std::size_t>(random() % funds.size())];
            // Contributions first in a fund's life, payments only after commitments:
            // the kinds alternate so that positions stay plausible.
            const int kind = done % 3;
            const qint64 amount = 1000 + static_cast<qint64>(random() % 500'000);
            const QDate date = today.addDays(-static_cast<qint64>(random() % kDaysOfHistory));
            written += static_cast<int>(ledger.post(movement(fund, kind, amount, date)) ? 2 : 0);
        }
        batch.commit();
        if (progress)
            progress(written, wanted);
    }
    return written;
}

} // namespace bench
} // namespace amparo
