#include "Operations.h"
#include "dashboard/Dashboard.h"
#include "funds/FundService.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Corrections.h"
#include "ledger/JournalRegister.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerReports.h"
#include "ledger/ReportExport.h"
#include "vault/Session.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <atomic>
#include <chrono>

namespace amparo {
namespace test {

namespace {

Fund newFund()
{
    static std::atomic<int> counter = 0;
    Fund f;
    f.code = QStringLiteral("F%1").arg(++counter);
    f.name = QStringLiteral("Defenders Fund %1").arg(counter);
    f.currency = QStringLiteral("EUR");
    f.annualBudgetMinor = 10'000'00;
    return f;
}

// A balanced entry straight into the journal, as the services post them.
JournalEntry donation(qint64 fundId, const QDate& on)
{
    JournalEntry entry;
    entry.date = on;
    entry.kind = QStringLiteral("contribution");
    entry.description = QStringLiteral("Posted directly");
    entry.fundId = fundId;
    entry.postings = {
        {accounts::bank(QStringLiteral("UAF")), QStringLiteral("EUR"), 1'00},
        {accounts::contributions(QStringLiteral("UAF")), QStringLiteral("EUR"), -1'00}};
    return entry;
}

// A reading act that needs nothing prepared.
Operation reading(const char* name, std::function<void(Session&, MatrixWorld&)> read)
{
    return {QString::fromLatin1(name), [read](Setup& s) -> Act {
                return [&actor = s.actor, &world = s.world, read] {
                    read(actor, world);
                };
            }};
}

std::vector<Operation> fundOperations()
{
    return {
        {QStringLiteral("FundService::create"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 FundService(actor).create(newFund());
             };
         }},
        {QStringLiteral("FundService::update"),
         [](Setup& s) -> Act {
             FundService admin(s.world.as(QStringLiteral("ana")));
             Fund f = admin.create(newFund());
             f.notes = QStringLiteral("Renewed for 2027");
             return [&actor = s.actor, f] {
                 FundService(actor).update(f);
             };
         }},
        reading("FundService::get",
                [](Session& a, MatrixWorld& w) { FundService(a).get(w.fundId); }),
        reading("FundService::byCode",
                [](Session& a, MatrixWorld&) { FundService(a).byCode(QStringLiteral("UAF")); }),
        reading("FundService::list", [](Session& a, MatrixWorld&) { FundService(a).list(); }),
        {QStringLiteral("FundService::recordContribution"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.fundId] {
                 Contribution c;
                 c.fundId = id;
                 c.amountMinor = 500'00;
                 c.currency = QStringLiteral("EUR");
                 FundService(actor).recordContribution(c);
             };
         }},
        reading("FundService::contributions",
                [](Session& a, MatrixWorld& w) { FundService(a).contributions(w.fundId); }),
        reading("FundService::position",
                [](Session& a, MatrixWorld& w) { FundService(a).position(w.fundId); }),
    };
}

std::vector<Operation> journalOperations()
{
    return {
        {QStringLiteral("Ledger::post"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, &world = s.world] {
                 Ledger(actor).post(
                     donation(world.fundId, world.fixture.vault.clock.nowUtc().date()));
             };
         }},
        {QStringLiteral("Ledger::lockPeriod"),
         [](Setup& s) -> Act {
             // Locks only move forward and never reach today: a new day for each.
             ManualClock& clock = s.world.fixture.vault.clock;
             clock.advance(std::chrono::hours(24));
             return [&actor = s.actor, through = clock.nowUtc().date().addDays(-1)] {
                 Ledger(actor).lockPeriod(through, QStringLiteral("Month audited"));
             };
         }},
        reading("Ledger::lockedThrough",
                [](Session& a, MatrixWorld&) { Ledger(a).lockedThrough(); }),
        reading("Ledger::balances", [](Session& a, MatrixWorld&) { Ledger(a).balances(); }),
        reading("Ledger::balance",
                [](Session& a, MatrixWorld&) {
                    Ledger(a).balance(accounts::bank(QStringLiteral("UAF")), QStringLiteral("EUR"));
                }),
        {QStringLiteral("Ledger::transaction"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.contributionTransaction()] {
                 Ledger(actor).transaction(id);
             };
         }},
        reading("Ledger::transactions",
                [](Session& a, MatrixWorld&) { Ledger(a).transactions(0, 10); }),
        reading("Ledger::transactionCount",
                [](Session& a, MatrixWorld&) { Ledger(a).transactionCount(); }),
        reading("Ledger::writeJournal",
                [](Session& a, MatrixWorld&) {
                    QString journal;
                    QTextStream out(&journal);
                    Ledger(a).writeJournal(out);
                }),
        reading("Ledger::problems", [](Session& a, MatrixWorld&) { Ledger(a).problems(); }),
        {QStringLiteral("Corrections::reverse"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.contributionTransaction()] {
                 Corrections(actor).reverse(id, QStringLiteral("Entered twice"));
             };
         }},
        reading("disbursementReport",
                [](Session& a, MatrixWorld&) { disbursementReport(a, ReportDimension::Fund); }),
        reading("exportDisbursementReport",
                [](Session& a, MatrixWorld&) {
                    QTemporaryDir folder;
                    exportDisbursementReport(a, ReportDimension::Fund, std::nullopt, std::nullopt,
                                             folder.filePath(QStringLiteral("report.csv")));
                }),
        reading("JournalRegister::lines",
                [](Session& a, MatrixWorld&) { JournalRegister(a).lines({}); }),
        reading("JournalRegister::exportCsv",
                [](Session& a, MatrixWorld&) {
                    QTemporaryDir folder;
                    JournalRegister(a).exportCsv({},
                                                 folder.filePath(QStringLiteral("journal.csv")));
                }),
        reading("readDashboard", [](Session& a, MatrixWorld&) { readDashboard(a); }),
    };
}

} // namespace

std::vector<Operation> ledgerOperations()
{
    std::vector<Operation> all = fundOperations();
    for (Operation& o : journalOperations())
        all.push_back(std::move(o));
    return all;
}

} // namespace test
} // namespace amparo
