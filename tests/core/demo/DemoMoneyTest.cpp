#include "DemoSupport.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/Ledger.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::column;
using amparo::test::DemoVault;

namespace {

const QDate kToday(2026, 3, 14); // the day of the tests' clock

// Every balance of the ledger as "account commodity amount" lines.
QStringList balances(Session& session)
{
    QStringList lines;
    for (const AccountBalance& b : Ledger(session).balances())
        lines << QStringLiteral("%1 %2 %3").arg(b.account, b.commodity).arg(b.amountMinor);
    return lines;
}

} // namespace

TEST_CASE("a demo vault holds grants in every state of the workflow")
{
    DemoVault demo(30);
    auto finance = demo.as(QStringLiteral("finance"));
    const std::vector<Grant> grants = GrantService(*finance).list();
    CHECK(static_cast<int>(grants.size()) == demo.summary.grants);
    CHECK(grants.size() >= 10);
    QStringList statuses;
    for (const Grant& g : grants)
        statuses << g.status;
    for (const char* status : {"draft", "submitted", "approved", "rejected", "returned",
                               "disbursing", "disbursed", "justified", "closed", "cancelled"})
        CHECK(statuses.contains(QString::fromLatin1(status)));
    CHECK(demo.summary.grantsByStatus.size() == 10);
    CHECK(FundService(*finance).list().size() == 3);
}

TEST_CASE("the number of demo grants grows with the number of cases")
{
    DemoVault demo(90, 2);
    CHECK(demo.summary.grants == 30);
    CHECK(column(*demo.as(QStringLiteral("ana")), "SELECT id FROM grants").size() == 30);
}

TEST_CASE("demo grants are requested by caseworkers approved by the fund manager and paid by "
          "finance")
{
    DemoVault demo(30);
    auto admin = demo.as(QStringLiteral("ana"));
    CHECK(column(*admin, "SELECT DISTINCT u.login FROM grants g JOIN users u ON u.id = "
                         "g.requested_by ORDER BY u.login")
              .join(QLatin1Char(' '))
              .startsWith(QLatin1String("caseworker")));
    CHECK(column(*admin, "SELECT DISTINCT u.login FROM grant_approvals a JOIN users u ON u.id = "
                         "a.approver_id") == QStringList{QStringLiteral("fundmanager")});
    CHECK(column(*admin, "SELECT DISTINCT u.login FROM disbursements d JOIN users u ON u.id = "
                         "d.recorded_by") == QStringList{QStringLiteral("finance")});
    CHECK(column(*admin, "SELECT DISTINCT u.login FROM contributions c JOIN users u ON u.id = "
                         "c.recorded_by") == QStringList{QStringLiteral("finance")});
    CHECK(admin->audit().verify().intact);
}

TEST_CASE("demo payments come in several currencies with receipts refunds and one reversal")
{
    DemoVault demo(30);
    auto admin = demo.as(QStringLiteral("ana"));
    CHECK(column(*admin, "SELECT DISTINCT currency FROM disbursements WHERE kind = 'payment'")
              .size() >= 3);
    CHECK(column(*admin, "SELECT DISTINCT currency FROM contributions").size() >= 3);
    CHECK_FALSE(column(*admin, "SELECT id FROM disbursements WHERE kind = 'refund'").isEmpty());
    const QStringList receipts =
        column(*admin, "SELECT DISTINCT media_type FROM attachments WHERE owner_type = "
                       "'disbursement'");
    CHECK(receipts.contains(QStringLiteral("application/pdf")));
    CHECK(column(*admin, "SELECT id FROM ledger_transactions WHERE kind = 'reversal'").size() == 1);
    CHECK(demo.summary.reversals == 1);

    auto finance = demo.as(QStringLiteral("finance"));
    const auto overdue = DisbursementService(*finance).overdueJustifications(kToday);
    CHECK_FALSE(overdue.empty());
    CHECK(static_cast<int>(overdue.size()) == demo.summary.overdueReceipts);
}

TEST_CASE("the demo ledger is sound and no fund ever commits more than it received")
{
    DemoVault demo(60, 4);
    auto finance = demo.as(QStringLiteral("finance"));
    CHECK(Ledger(*finance).problems().isEmpty());
    FundService funds(*finance);
    for (const Fund& fund : funds.list()) {
        CAPTURE(fund.code);
        const FundPosition today = funds.position(fund.id);
        CHECK(today.receivedMinor > 0);
        CHECK(today.availableMinor >= 0);
        CHECK(today.committedMinor >= 0);
    }
    // Nor on the day of any approval.
    for (const Grant& g : GrantService(*finance).list()) {
        if (g.approvedOn)
            CHECK(funds.position(g.fundId, g.approvedOn).availableMinor >= 0);
    }
}

TEST_CASE("the same seed gives the same ledger and another seed a different one")
{
    DemoVault first(30, 7);
    DemoVault again(30, 7);
    DemoVault other(30, 8);
    const QStringList ledger = balances(*first.as(QStringLiteral("auditor")));
    CHECK_FALSE(ledger.isEmpty());
    CHECK(ledger == balances(*again.as(QStringLiteral("auditor"))));
    CHECK(ledger != balances(*other.as(QStringLiteral("auditor"))));
    const char* grants = "SELECT reference || ' ' || status || ' ' || requested_minor FROM grants "
                         "ORDER BY id";
    CHECK(column(*first.as(QStringLiteral("ana")), grants) ==
          column(*again.as(QStringLiteral("ana")), grants));
}

TEST_CASE("a demo stopped early writes no money")
{
    DemoVault demo(
        40, 1, [](int, int) { return false; }, 10);
    CHECK(demo.summary.cancelled);
    CHECK(demo.summary.grants == 0);
    CHECK(column(*demo.as(QStringLiteral("ana")), "SELECT id FROM grants").isEmpty());
}
