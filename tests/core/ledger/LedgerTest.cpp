#include "MoneyWorld.h"
#include "db/Database.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Corrections.h"
#include "vault/Session.h"

#include <QTextStream>
#include <chrono>

using namespace amparo;
using namespace amparo::test;
using namespace std::chrono_literals;

namespace {

ExchangeRate rate(const char* text)
{
    return parseRate(QStringLiteral("rate"), QString::fromLatin1(text));
}

} // namespace

TEST_CASE("a contribution in another currency needs the rate and converts exactly")
{
    MoneyWorld world;
    CHECK(refusal([&] {
              world.contribute(1'000'00, QStringLiteral("USD"));
          }).contains(QStringLiteral("give the exchange rate of the day")));
    // USD 10,000.00 at EUR 1 = USD 1.08 is EUR 9,259.26 (9,259.259…).
    const Contribution c = world.contribute(10'000'00, QStringLiteral("USD"), rate("1.08"));
    CHECK(c.fundAmountMinor == 9'259'26);
    CHECK(world.position().receivedMinor == 29'259'26);
    Ledger ledger(world.as("eli"));
    CHECK(ledger.balance(accounts::bank(QStringLiteral("UAF")), QStringLiteral("USD")) ==
          10'000'00);
    CHECK(ledger.balance(accounts::conversion(), QStringLiteral("USD")) == -10'000'00);
    CHECK(ledger.balance(accounts::conversion(), QStringLiteral("EUR")) == 9'259'26);
    CHECK(ledger.problems().isEmpty());
    CHECK(refusal([&] {
              world.contribute(0, QStringLiteral("EUR"));
          }).contains(QStringLiteral("more than zero")));
}

TEST_CASE("an unbalanced entry is refused and leaves nothing behind")
{
    MoneyWorld world;
    const qint64 before = world.transactions();
    JournalEntry entry;
    entry.date = QDate(2026, 3, 10);
    entry.kind = QStringLiteral("contribution");
    entry.description = QStringLiteral("Lopsided");
    entry.fundId = world.fundId;
    entry.postings = {
        {accounts::bank(QStringLiteral("UAF")), QStringLiteral("EUR"), 100'00},
        {accounts::contributions(QStringLiteral("UAF")), QStringLiteral("EUR"), -99'99}};
    CHECK(refusal([&] {
              Ledger(world.as("fatima")).post(entry);
          }).contains(QStringLiteral("does not balance")));
    CHECK(world.transactions() == before);
}

TEST_CASE("a posting beyond any plausible amount is refused before sums could overflow")
{
    // Found by fuzz_journal_roundtrip: two postings near the int64 limit
    // would overflow the balance check.
    MoneyWorld world;
    const qint64 before = world.transactions();
    JournalEntry entry;
    entry.date = QDate(2026, 3, 10);
    entry.kind = QStringLiteral("contribution");
    entry.description = QStringLiteral("Absurd");
    entry.fundId = world.fundId;
    for (const qint64 huge :
         {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
        entry.postings = {
            {accounts::bank(QStringLiteral("UAF")), QStringLiteral("EUR"), huge},
            {accounts::bank(QStringLiteral("UAF")), QStringLiteral("EUR"), huge},
            {accounts::contributions(QStringLiteral("UAF")), QStringLiteral("EUR"), 2}};
        CHECK(refusal([&] {
                  Ledger(world.as("fatima")).post(entry);
              }).contains(QStringLiteral("not plausible")));
    }
    CHECK(world.transactions() == before);
}

TEST_CASE("posted transactions cannot be changed or deleted even with SQL")
{
    MoneyWorld world;
    db::Database& database = world.as("ana").database();
    CHECK_THROWS_WITH(database.execute("UPDATE ledger_postings SET amount_minor = 1"),
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(database.execute("DELETE FROM ledger_transactions"),
                      Catch::Contains("append-only"));
    CHECK(Ledger(world.as("ana")).problems().isEmpty());
}

TEST_CASE("nothing posts into a locked period")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    Ledger ledger(world.as("fatima"));
    CHECK(refusal([&] {
              ledger.lockPeriod(QDate(2026, 3, 20), QStringLiteral("Q1"));
          }).contains(QStringLiteral("in the future")));
    CHECK(refusal([&] {
              Ledger(world.as("dara")).lockPeriod(QDate(2026, 2, 28), QStringLiteral("Q1"));
          }).contains(QStringLiteral("not allowed")));
    ledger.lockPeriod(QDate(2026, 3, 10), QStringLiteral("February and early March audited"));
    CHECK(ledger.lockedThrough() == QDate(2026, 3, 10));
    CHECK(refusal([&] {
              ledger.lockPeriod(QDate(2026, 3, 1), QStringLiteral("back"));
          }).contains(QStringLiteral("only move forward")));

    const qint64 before = world.transactions();
    PaymentInput backdated = world.payment(g.id, 100'00);
    backdated.date = QDate(2026, 3, 9);
    const QString message =
        refusal([&] { DisbursementService(world.as("fatima")).pay(backdated); });
    CHECK(message.contains(QStringLiteral("locked up to 2026-03-10")));
    Contribution late;
    late.fundId = world.fundId;
    late.amountMinor = 50'00;
    late.currency = QStringLiteral("EUR");
    late.receivedOn = QDate(2026, 3, 10);
    CHECK(refusal([&] {
              FundService(world.as("fatima")).recordContribution(late);
          }).contains(QStringLiteral("locked")));
    CHECK(world.transactions() == before);
    CHECK(world.grant(g.id).status == QStringLiteral("approved"));

    // The database itself refuses, whatever the code above it does.
    CHECK_THROWS_WITH(world.as("ana").database().execute(
                          "INSERT INTO ledger_transactions (posted_on, kind, description, "
                          "created_by, created_at) VALUES ('2026-03-01', 'contribution', 'x', 1, "
                          "'2026-03-14T09:30:00.000Z')"),
                      Catch::Contains("locked"));
    backdated.date = QDate(2026, 3, 11);
    DisbursementService(world.as("fatima")).pay(backdated);
    CHECK(ledger.problems().isEmpty());
}

TEST_CASE("a correction is a reversal of the original and happens once")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    DisbursementService finance(world.as("fatima"));
    const Disbursement wrong = finance.pay(world.payment(g.id, 1'000'00));
    CHECK(world.grant(g.id).status == QStringLiteral("disbursed"));
    Corrections corrections(world.as("farid"));
    CHECK(refusal([&] {
              corrections.reverse(wrong.transactionId, QString());
          }).contains(QStringLiteral("reason for the reversal")));
    const qint64 reversal =
        corrections.reverse(wrong.transactionId, QStringLiteral("Paid to the wrong account"));
    const PostedTransaction posted = Ledger(world.as("farid")).transaction(reversal);
    CHECK(posted.reversesId == wrong.transactionId);
    CHECK(Ledger(world.as("farid")).transaction(wrong.transactionId).reversedById == reversal);
    const Grant after = world.grant(g.id);
    CHECK(after.status == QStringLiteral("disbursing"));
    CHECK(after.paidMinor == 0);
    CHECK(after.outstandingMinor == 1'000'00);
    CHECK(finance.get(wrong.id).reversed);

    CHECK(refusal([&] {
              corrections.reverse(wrong.transactionId, QStringLiteral("again"));
          }).contains(QStringLiteral("already reversed by transaction")));
    CHECK(refusal([&] {
              corrections.reverse(reversal, QStringLiteral("undo"));
          }).contains(QStringLiteral("itself the reversal")));
    // The right payment, afresh.
    finance.pay(world.payment(g.id, 1'000'00));
    CHECK(world.grant(g.id).status == QStringLiteral("disbursed"));
    CHECK(Ledger(world.as("ana")).problems().isEmpty());
}

TEST_CASE("commitments are not reversed but follow the grant")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    const auto latest = Ledger(world.as("fatima")).transactions(0, 1);
    REQUIRE(latest.size() == 1);
    CHECK(latest.front().kind == QStringLiteral("commitment"));
    CHECK(refusal([&] {
              Corrections(world.as("fatima")).reverse(latest.front().id, QStringLiteral("oops"));
          }).contains(QStringLiteral("cancel or close the grant")));
    CHECK(world.grant(g.id).outstandingMinor == 1'000'00);
}

TEST_CASE("reversing a contribution that is already committed is refused")
{
    MoneyWorld world;
    const Contribution extra = world.contribute(5'000'00, QStringLiteral("EUR"));
    world.approved(4'000'00);
    world.approved(4'000'00);
    world.approved(4'000'00);
    world.approved(4'000'00);
    world.approved(4'000'00);
    world.approved(1'000'00);
    const qint64 before = world.transactions();
    CHECK(
        refusal([&] {
            Corrections(world.as("fatima")).reverse(extra.transactionId, QStringLiteral("bounced"));
        }).contains(QStringLiteral("less than nothing available")));
    CHECK(world.transactions() == before);
    CHECK(world.position().availableMinor == 4'000'00);
}

TEST_CASE("balances are read at any date")
{
    MoneyWorld world;
    world.fixture.vault.clock.advance(24h * 5);
    world.contribute(1'000'00, QStringLiteral("EUR"));
    Ledger ledger(world.as("eli"));
    const QString income = accounts::contributions(QStringLiteral("UAF"));
    CHECK(ledger.balance(income, QStringLiteral("EUR"), QDate(2026, 3, 14)) == -20'000'00);
    CHECK(ledger.balance(income, QStringLiteral("EUR")) == -21'000'00);
    CHECK(FundService(world.as("eli")).position(world.fundId, QDate(2026, 3, 13)).receivedMinor ==
          0);
    const auto all = ledger.balances();
    const auto early = ledger.balances(QDate(2026, 3, 14));
    CHECK(all.size() == 2);
    REQUIRE(early.size() == 2);
    CHECK(early[0].account == accounts::bank(QStringLiteral("UAF")));
    CHECK(early[0].amountMinor == 20'000'00);
    CHECK(ledger.balances(std::nullopt, world.fundId).size() == 2);
    CHECK(refusal([&] {
              Ledger(world.as("bea")).balances();
          }).contains(QStringLiteral("not allowed")));
}

TEST_CASE("the journal is written in hledger format and its export is audited")
{
    MoneyWorld world;
    world.contribute(500'000, QStringLiteral("KWD"), rate("0.33"));
    world.contribute(150'000, QStringLiteral("JPY"), rate("162.5"));
    QString text;
    QTextStream out(&text);
    const qint64 auditBefore = world.as("eli").audit().count();
    Ledger(world.as("eli")).writeJournal(out);
    out.flush();
    CHECK(text.contains(QStringLiteral("decimal-mark .")));
    CHECK(text.contains(QStringLiteral("commodity 1000.000 KWD")));
    CHECK(text.contains(QStringLiteral("commodity 1000.00 EUR")));
    // hledger refuses "commodity 1000 JPY"; amounts without decimals need no directive.
    CHECK_FALSE(text.contains(QStringLiteral("commodity 1000 JPY")));
    CHECK(text.contains(QStringLiteral("    assets:bank:UAF  150000 JPY")));
    CHECK(text.contains(QStringLiteral("    assets:bank:UAF  500.000 KWD")));
    CHECK(text.contains(QStringLiteral("    income:contributions:UAF  -1515.15 EUR")));
    CHECK(text.contains(QStringLiteral("2026-03-14 (1) ")));
    CHECK(world.as("eli").audit().count() == auditBefore + 1);
}

TEST_CASE("a reversal is dated between its original and today")
{
    MoneyWorld world;
    world.fixture.vault.clock.advance(24h * 3);
    const Contribution late = world.contribute(500'00, QStringLiteral("EUR"));
    Corrections corrections(world.as("fatima"));
    CHECK(refusal([&] {
              corrections.reverse(late.transactionId, QStringLiteral("x"), QDate(2026, 3, 15));
          }).contains(QStringLiteral("before transaction")));
    CHECK(refusal([&] {
              corrections.reverse(late.transactionId, QStringLiteral("x"), QDate(2026, 3, 18));
          }).contains(QStringLiteral("in the future")));
    CHECK(refusal([&] {
              Ledger(world.as("fatima")).lockPeriod(QDate(2026, 3, 18), QStringLiteral("x"));
          }).contains(QStringLiteral("in the future")));
    corrections.reverse(late.transactionId, QStringLiteral("Bounced"), QDate(2026, 3, 17));
    CHECK(world.position().receivedMinor == 20'000'00);
}
