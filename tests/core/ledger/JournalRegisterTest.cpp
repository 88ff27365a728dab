#include "ledger/JournalRegister.h"

#include "MoneyWorld.h"
#include "audit/AuditEntry.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Corrections.h"
#include "vault/Session.h"

#include <QFile>
#include <QTemporaryDir>
#include <chrono>
#include <map>
#include <set>

using namespace amparo;
using namespace amparo::test;
using namespace std::chrono_literals;

namespace {

ExchangeRate rate(const char* text)
{
    return parseRate(QStringLiteral("rate"), QString::fromLatin1(text));
}

QString bank()
{
    return accounts::bank(QStringLiteral("UAF"));
}

// A second fund, so that filters have something to leave out.
qint64 secondFund(MoneyWorld& world)
{
    Fund fund;
    fund.code = QStringLiteral("LEGAL");
    fund.name = QStringLiteral("Legal Aid Fund");
    fund.currency = QStringLiteral("USD");
    fund.annualBudgetMinor = 50'000'00;
    const qint64 id = FundService(world.as("ana")).create(fund).id;
    Contribution c;
    c.fundId = id;
    c.amountMinor = 5'000'00;
    c.currency = QStringLiteral("USD");
    FundService(world.as("fatima")).recordContribution(c);
    return id;
}

// The last running balance of each commodity, as the register ends.
std::map<QString, qint64> closing(const std::vector<RegisterLine>& lines)
{
    std::map<QString, qint64> result;
    for (const RegisterLine& line : lines)
        result[line.commodity] = line.runningBalanceMinor;
    return result;
}

} // namespace

TEST_CASE("the register of one account runs its balance in each currency, oldest first")
{
    MoneyWorld world;
    world.fixture.vault.clock.advance(24h);
    const Grant g = world.approved(1'000'00);
    DisbursementService finance(world.as("fatima"));
    world.fixture.vault.clock.advance(24h);
    finance.pay(world.payment(g.id, 8'000'00, QStringLiteral("MXN"), rate("20")));
    finance.pay(world.payment(g.id, 300'00));

    RegisterFilter filter;
    filter.account = bank();
    const auto lines = JournalRegister(world.as("eli")).lines(filter);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].kind == QStringLiteral("contribution"));
    CHECK(lines[0].amountMinor == 20'000'00);
    CHECK(lines[0].runningBalanceMinor == 20'000'00);
    CHECK(lines[1].commodity == QStringLiteral("MXN"));
    CHECK(lines[1].amountMinor == -8'000'00);
    CHECK(lines[1].runningBalanceMinor == -8'000'00); // MXN runs on its own
    CHECK(lines[2].commodity == QStringLiteral("EUR"));
    CHECK(lines[2].runningBalanceMinor == 19'700'00);
    CHECK(lines[0].date <= lines[1].date);
    CHECK(lines[1].transactionId < lines[2].transactionId);
    for (const RegisterLine& line : lines)
        CHECK(line.account == bank());

    // The closing balances are the ledger's.
    Ledger ledger(world.as("eli"));
    for (const auto& [commodity, amount] : closing(lines))
        CHECK(ledger.balance(bank(), commodity) == amount);
}

TEST_CASE("the register of a fund ends on the fund's balances")
{
    MoneyWorld world;
    secondFund(world);
    const Grant g = world.approved(2'000'00);
    DisbursementService(world.as("fatima"))
        .pay(world.payment(g.id, 10'000'00, QStringLiteral("MXN"), rate("20")));

    RegisterFilter filter;
    filter.fundId = world.fundId;
    const auto lines = JournalRegister(world.as("dara")).lines(filter);
    std::map<QString, qint64> expected;
    for (const AccountBalance& balance :
         Ledger(world.as("dara")).balances(std::nullopt, world.fundId))
        expected[balance.commodity] += balance.amountMinor;
    std::map<QString, qint64> shown = closing(lines);
    std::erase_if(shown, [](const auto& entry) { return entry.second == 0; });
    std::erase_if(expected, [](const auto& entry) { return entry.second == 0; });
    CHECK(shown == expected);
    for (const RegisterLine& line : lines) {
        CHECK(line.account.endsWith(QStringLiteral(":UAF")));
        CHECK(line.account != accounts::conversion());
    }
    // Every fund together is the whole ledger: each currency nets to zero.
    for (const auto& [commodity, amount] : closing(JournalRegister(world.as("dara")).lines({})))
        CHECK(amount == 0);
}

TEST_CASE("a period starts from the balance before it and ends on its last day")
{
    MoneyWorld world; // the contribution on 2026-03-14
    world.fixture.vault.clock.advance(24h * 3);
    world.contribute(1'000'00, QStringLiteral("EUR")); // 2026-03-17
    world.fixture.vault.clock.advance(24h * 3);
    world.contribute(500'00, QStringLiteral("EUR")); // 2026-03-20

    RegisterFilter filter;
    filter.account = bank();
    filter.from = QDate(2026, 3, 15);
    filter.to = QDate(2026, 3, 18);
    const auto lines = JournalRegister(world.as("fatima")).lines(filter);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].date == QDate(2026, 3, 17));
    CHECK(lines[0].amountMinor == 1'000'00);
    CHECK(lines[0].runningBalanceMinor == 21'000'00);

    filter.from = QDate(2026, 3, 19);
    filter.to.reset();
    CHECK(JournalRegister(world.as("fatima")).lines(filter).at(0).runningBalanceMinor == 21'500'00);
    filter.to = QDate(2026, 3, 1);
    CHECK(refusal([&] {
              JournalRegister(world.as("fatima")).lines(filter);
          }).contains(QStringLiteral("after its end")));
}

TEST_CASE("the register of a grant or a case shows its transactions with reversals marked")
{
    MoneyWorld world;
    const Grant g = world.approved(1'000'00);
    const Grant other = world.approved(200'00);
    const Disbursement paid =
        DisbursementService(world.as("fatima")).pay(world.payment(g.id, 400'00));
    const qint64 reversal =
        Corrections(world.as("fatima")).reverse(paid.transactionId, QStringLiteral("Wrong amount"));

    RegisterFilter byGrant;
    byGrant.grantId = g.id;
    const auto lines = JournalRegister(world.as("eli")).lines(byGrant);
    std::set<qint64> transactions;
    for (const RegisterLine& line : lines) {
        transactions.insert(line.transactionId);
        if (line.transactionId == paid.transactionId)
            CHECK(line.reversedById == reversal);
        if (line.transactionId == reversal)
            CHECK(line.reversesId == paid.transactionId);
    }
    CHECK(transactions.size() == 3); // commitment, payment, reversal
    CHECK(transactions.count(paid.transactionId) == 1);
    CHECK(transactions.count(reversal) == 1);

    // The case has both grants; a case without a grant is not found.
    RegisterFilter byCase;
    byCase.caseId = JournalRegister(world.as("eli")).caseWithGrants(g.caseReference);
    CHECK(byCase.caseId == world.caseId);
    std::set<qint64> ofCase;
    for (const RegisterLine& line : JournalRegister(world.as("eli")).lines(byCase))
        ofCase.insert(line.transactionId);
    CHECK(ofCase.size() == 4); // and the other grant's commitment
    CHECK(other.caseId == world.caseId);
    const Case empty = CaseService(world.as("bea")).create(sampleCase(QStringLiteral("No money")));
    CHECK(refusal([&] {
              JournalRegister(world.as("eli")).caseWithGrants(empty.reference);
          }).contains(QStringLiteral("No grant")));
}

TEST_CASE("a caseworker may not read the register")
{
    MoneyWorld world;
    CHECK(refusal([&] { JournalRegister(world.as("bea")).lines({}); }).size() > 0);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    CHECK(refusal([&] { JournalRegister(world.as("bea")).exportCsv({}, path); }).size() > 0);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the register exports to an owner-only CSV file, audited")
{
    MoneyWorld world;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("register.csv"));
    RegisterFilter filter;
    filter.account = bank();
    CHECK(JournalRegister(world.as("fatima")).exportCsv(filter, path) == 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("date,transaction,kind,description,account")));
    CHECK(text.contains(QStringLiteral("assets:bank:UAF,EUR,20000.00,20000.00")));
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
    const auto audited =
        world.as("ana").audit().entriesFor(QStringLiteral("ledger"), QStringLiteral("register"));
    REQUIRE(audited.size() == 1);
    CHECK(audited[0].action == QStringLiteral("export.csv"));
}
