#include "MoneyWorld.h"
#include "attachments/AttachmentService.h"
#include "ledger/ChartOfAccounts.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"

#include <chrono>

using namespace amparo;
using namespace amparo::test;
using namespace std::chrono_literals;

namespace {

ExchangeRate rate(const char* text)
{
    return parseRate(QStringLiteral("rate"), QString::fromLatin1(text));
}

const QByteArray kReceipt = QByteArrayLiteral("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

} // namespace

TEST_CASE("finance pays an approved grant in tranches and in other currencies")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    DisbursementService finance(world.as("fatima"));
    // 8,000.00 MXN at EUR 1 = MXN 20 is 400.00 EUR.
    const Disbursement first =
        finance.pay(world.payment(g.id, 8'000'00, QStringLiteral("MXN"), rate("20")));
    CHECK(first.fundAmountMinor == 400'00);
    CHECK(first.justifyBy == QDate(2026, 3, 14).addDays(60));
    Grant after = world.grant(g.id);
    CHECK(after.status == QStringLiteral("disbursing"));
    CHECK(after.paidMinor == 400'00);
    CHECK(after.outstandingMinor == 600'00);
    CHECK(world.position().disbursedMinor == 400'00);
    CHECK(world.position().committedMinor == 600'00);

    Ledger ledger(world.as("fatima"));
    CHECK(ledger.balance(accounts::bank(QStringLiteral("UAF")), QStringLiteral("MXN")) ==
          -8'000'00);
    CHECK(ledger.balance(accounts::conversion(), QStringLiteral("EUR")) == -400'00);
    CHECK(ledger.problems().isEmpty());

    finance.pay(world.payment(g.id, 600'00));
    after = world.grant(g.id);
    CHECK(after.status == QStringLiteral("disbursed"));
    CHECK(after.outstandingMinor == 0);
    CHECK(world.position().availableMinor == 19'000'00);
}

TEST_CASE("payments never go beyond what was approved")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    DisbursementService finance(world.as("fatima"));
    finance.pay(world.payment(g.id, 700'00));
    const qint64 before = world.transactions();
    const QString message = refusal([&] { finance.pay(world.payment(g.id, 300'01)); });
    CHECK(message.contains(QStringLiteral("beyond what was approved")));
    CHECK(message.contains(QStringLiteral("300.00 EUR left")));
    // In another currency the limit is checked after conversion: 6,100 MXN / 20 = 305 EUR.
    CHECK(refusal([&] {
              finance.pay(world.payment(g.id, 6'100'00, QStringLiteral("MXN"), rate("20")));
          }).contains(QStringLiteral("beyond what was approved")));
    CHECK(world.transactions() == before);
}

TEST_CASE("bad payments are refused and nothing is posted")
{
    MoneyWorld world;
    const Grant submitted = world.request(500'00);
    const Grant g = world.approved(500'00);
    DisbursementService finance(world.as("fatima"));
    const qint64 before = world.transactions();
    CHECK(refusal([&] {
              finance.pay(world.payment(submitted.id, 100'00));
          }).contains(QStringLiteral("only approved grants can be paid")));
    CHECK(refusal([&] {
              finance.pay(world.payment(g.id, 100'00, QStringLiteral("MXN")));
          }).contains(QStringLiteral("give the exchange rate")));
    CHECK(refusal([&] {
              finance.pay(world.payment(g.id, 100'00, QStringLiteral("XXY")));
          }).contains(QStringLiteral("not a currency")));
    CHECK(refusal([&] {
              finance.pay(world.payment(g.id, 0));
          }).contains(QStringLiteral("more than zero")));
    CHECK(refusal([&] {
              finance.pay(world.payment(g.id, -100));
          }).contains(QStringLiteral("more than zero")));
    PaymentInput future = world.payment(g.id, 100'00);
    future.date = QDate(2026, 4, 1);
    CHECK(refusal([&] { finance.pay(future); }).contains(QStringLiteral("in the future")));
    CHECK(refusal([&] {
              DisbursementService(world.as("dara")).pay(world.payment(g.id, 100'00));
          }).contains(QStringLiteral("not allowed to record ledger entries")));
    CHECK(world.transactions() == before);
    CHECK(world.grant(g.id).status == QStringLiteral("approved"));
}

TEST_CASE("refunds of unspent money return to the fund and never exceed what was paid")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    DisbursementService finance(world.as("fatima"));
    CHECK(refusal([&] {
              finance.refund(world.payment(g.id, 10'00));
          }).contains(QStringLiteral("have been paid")));
    finance.pay(world.payment(g.id, 1'000'00));
    // 4,000.00 MXN back at EUR 1 = MXN 20 is 200.00 EUR.
    const Disbursement back =
        finance.refund(world.payment(g.id, 4'000'00, QStringLiteral("MXN"), rate("20")));
    CHECK(back.kind == QStringLiteral("refund"));
    CHECK(back.fundAmountMinor == 200'00);
    const Grant after = world.grant(g.id);
    CHECK(after.refundedMinor == 200'00);
    CHECK(world.position().disbursedMinor == 800'00);
    CHECK(world.position().availableMinor == 19'200'00);
    CHECK(refusal([&] {
              finance.refund(world.payment(g.id, 800'01));
          }).contains(QStringLiteral("more than the 800.00 EUR paid")));
}

TEST_CASE("finishing payments early releases the rest of the commitment")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    DisbursementService finance(world.as("fatima"));
    finance.pay(world.payment(g.id, 250'00));
    finance.finishPayments(g.id, QStringLiteral("The family relocated sooner."));
    const Grant after = world.grant(g.id);
    CHECK(after.status == QStringLiteral("disbursed"));
    CHECK(after.outstandingMinor == 0);
    CHECK(world.position().availableMinor == 19'750'00);
    CHECK(world.position().committedMinor == 0);
}

TEST_CASE("a grant is justified once every payment has a receipt and then closed")
{
    MoneyWorld world;
    const Grant g = world.approved(600'00);
    DisbursementService finance(world.as("fatima"));
    const Disbursement first = finance.pay(world.payment(g.id, 200'00));
    const Disbursement second = finance.pay(world.payment(g.id, 400'00));
    finance.addReceipt(first.id, QStringLiteral("invoice-lawyer.pdf"),
                       QStringLiteral("application/pdf"), kReceipt);
    const QString missing = refusal([&] { finance.markJustified(g.id, QString()); });
    CHECK(missing.contains(QStringLiteral("no receipt yet")));
    CHECK(missing.contains(QStringLiteral("400.00 EUR")));
    CHECK(refusal([&] {
              AttachmentService(world.as("bea"))
                  .add(QStringLiteral("disbursement"), second.id, QStringLiteral("r.pdf"),
                       QStringLiteral("application/pdf"), kReceipt);
          }).contains(QStringLiteral("not allowed")));
    finance.addReceipt(second.id, QStringLiteral("receipt.pdf"), QStringLiteral("application/pdf"),
                       kReceipt);
    CHECK(finance.get(second.id).receiptCount == 1);
    finance.markJustified(g.id, QStringLiteral("Receipts checked."));
    CHECK(world.grant(g.id).status == QStringLiteral("justified"));
    GrantService(world.as("dara")).close(g.id, QString());
    CHECK(world.grant(g.id).status == QStringLiteral("closed"));
}

TEST_CASE("payments whose receipts are overdue are listed")
{
    MoneyWorld world;
    const Grant g = world.approved(600'00);
    DisbursementService finance(world.as("fatima"));
    const Disbursement late = finance.pay(world.payment(g.id, 200'00));
    world.fixture.vault.clock.advance(24h * 10);
    const Disbursement justified = finance.pay(world.payment(g.id, 100'00));
    finance.addReceipt(justified.id, QStringLiteral("receipt.pdf"),
                       QStringLiteral("application/pdf"), kReceipt);
    CHECK(finance.overdueJustifications(QDate(2026, 5, 13)).empty());
    const auto overdue = finance.overdueJustifications(QDate(2026, 5, 20));
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.front().id == late.id);
    CHECK(overdue.front().grantReference == g.reference);
}

TEST_CASE("finance may not pay a grant they approved or requested")
{
    MoneyWorld world;
    {
        auto admin = world.fixture.as(QStringLiteral("ana"));
        UserAdministration(*admin).setRoles(QStringLiteral("diego"),
                                            {auth::Role::FundManager, auth::Role::Finance});
    }
    auto diego = world.fixture.as(QStringLiteral("diego"));
    const Grant g = world.request(300'00);
    GrantService(*diego).approve(g.id, std::nullopt, QString());
    CHECK(refusal([&] {
              DisbursementService(*diego).pay(world.payment(g.id, 100'00));
          }).contains(QStringLiteral("pay a grant they approved")));
}
