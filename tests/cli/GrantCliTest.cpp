// The grant lifecycle as scripts drive it: three people, three sessions,
// one vault, and the refusals a user gets with exit status 1.

#include "CliRun.h"
#include "DomainFixture.h"
#include "cases/CaseService.h"

#include <QDate>

using namespace amparo;
using namespace amparo::test;

namespace {

// A DomainFixture vault on disk with one case of bea's; each call runs the
// CLI as `login` with that user's passphrase.
struct MoneyVault
{
    MoneyVault()
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        caseReference = CaseService(*bea).create(sampleCase()).reference;
    }

    // `command` is the command and its action ("grant approve"); the vault
    // and --user follow it, then `arguments`.
    CliResult run(const char* login, const char* command, const QStringList& arguments = {})
    {
        const QString user = QString::fromLatin1(login);
        const QStringList all =
            QString::fromLatin1(command).split(QLatin1Char(' ')) +
            QStringList{fixture.vault.directory, QStringLiteral("--user"), user} + arguments;
        const QString passphrase = user == QLatin1String("ana")
                                       ? fixture.vault.adminPassphrase
                                       : user + QStringLiteral(" passphrase");
        return runAmparoCli(all, {{QStringLiteral("AMPARO_PASSPHRASE"), passphrase}});
    }

    DomainFixture fixture;
    QString caseReference;
};

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

QStringList requestOptions(const QString& caseReference, const char* amount)
{
    return {QStringLiteral("--case"),     caseReference,
            QStringLiteral("--fund"),     QStringLiteral("UAF"),
            QStringLiteral("--amount"),   QString::fromLatin1(amount),
            QStringLiteral("--currency"), QStringLiteral("EUR"),
            QStringLiteral("--purpose"),  QStringLiteral("Lawyer fees for the appeal")};
}

} // namespace

TEST_CASE("the grant lifecycle runs end to end from the command line across three users")
{
    MoneyVault vault;
    REQUIRE(vault
                .run("ana", "fund add",
                     {QStringLiteral("--code"), QStringLiteral("UAF"), QStringLiteral("--name"),
                      QStringLiteral("Urgent Assistance Fund"), QStringLiteral("--currency"),
                      QStringLiteral("EUR"), QStringLiteral("--threshold"), QStringLiteral("5000")})
                .exitCode == 0);
    REQUIRE(
        vault.run("fatima", "fund contribute", words("--fund UAF --amount 20000 --currency EUR"))
            .exitCode == 0);

    const CliResult requested =
        vault.run("bea", "grant request", requestOptions(vault.caseReference, "1500.00"));
    INFO(requested.err.toStdString());
    REQUIRE(requested.exitCode == 0);
    const QString grant = requested.out.trimmed();
    CHECK(grant.startsWith(QStringLiteral("GR-")));

    const CliResult byCaseworker = vault.run("bea", "grant approve", {grant});
    CHECK(byCaseworker.exitCode == 1);
    CHECK(byCaseworker.err.contains(QStringLiteral("not allowed to approve grants")));

    const CliResult approved = vault.run(
        "dara", "grant approve", QStringList{grant} + words("--amount 1200 --comment Capped"));
    INFO(approved.err.toStdString());
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(QStringLiteral("approved: 1,200.00 EUR")));

    const CliResult paid =
        vault.run("fatima", "grant disburse",
                  QStringList{grant} + words("--amount 10000 --currency MXN --rate 20"));
    INFO(paid.err.toStdString());
    REQUIRE(paid.exitCode == 0);
    CHECK(paid.err.contains(QStringLiteral("500.00 EUR")));

    const CliResult funds = vault.run("eli", "funds", words("--format csv"));
    REQUIRE(funds.exitCode == 0);
    CHECK(funds.out.contains(QStringLiteral(
        "UAF,Urgent Assistance Fund,EUR,0.00,20000.00,700.00,500.00,18800.00,true")));

    const CliResult balance = vault.run("eli", "ledger balance", words("--format csv"));
    REQUIRE(balance.exitCode == 0);
    CHECK(balance.out.startsWith(QStringLiteral("account,commodity,amount\n")));
    CHECK(balance.out.contains(QStringLiteral("assets:bank:UAF,MXN,-10000.00\n")));
    CHECK(balance.out.contains(QStringLiteral("liabilities:grants:UAF,EUR,-700.00\n")));

    const CliResult listed = vault.run("dara", "grants", words("--status disbursing --format csv"));
    CHECK(listed.out.contains(grant + QLatin1Char(',') + vault.caseReference +
                              QStringLiteral(",UAF,disbursing")));

    const CliResult verify = vault.run("eli", "verify");
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("ledger: ok, 3 transactions")));
}

TEST_CASE("a fund manager approving their own request gets exit 1 with the reason")
{
    MoneyVault vault;
    REQUIRE(
        vault.run("ana", "fund add", words("--code UAF --name Urgent --currency EUR")).exitCode ==
        0);
    REQUIRE(vault.run("ana", "user roles", words("dara --role fund_manager,caseworker")).exitCode ==
            0);
    const CliResult requested =
        vault.run("dara", "grant request", requestOptions(vault.caseReference, "300"));
    REQUIRE(requested.exitCode == 0);
    const CliResult own = vault.run("dara", "grant approve", {requested.out.trimmed()});
    CHECK(own.exitCode == 1);
    CHECK(own.err.contains(
        QStringLiteral("Four-eyes rule: dara cannot approve their own grant request")));
    CHECK(own.err.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("bad money input gets exit 1 naming the problem")
{
    MoneyVault vault;
    REQUIRE(
        vault.run("ana", "fund add", words("--code UAF --name Urgent --currency EUR")).exitCode ==
        0);
    REQUIRE(vault.run("fatima", "fund contribute", words("--fund UAF --amount 5000 --currency EUR"))
                .exitCode == 0);
    const CliResult requested =
        vault.run("bea", "grant request", requestOptions(vault.caseReference, "900"));
    REQUIRE(requested.exitCode == 0);
    const QString grant = requested.out.trimmed();
    const CliResult notApproved = vault.run(
        "fatima", "grant disburse", QStringList{grant} + words("--amount 10 --currency EUR"));
    CHECK(notApproved.exitCode == 1);
    CHECK(notApproved.err.contains(QStringLiteral("only approved grants can be paid")));
    REQUIRE(vault.run("dara", "grant approve", {grant}).exitCode == 0);

    const struct
    {
        const char* amount;
        const char* currency;
        const char* expected;
    } cases[] = {
        {"12.345", "EUR", "more decimals than EUR"},
        {"-5", "EUR", "negative"},
        {"0", "EUR", "more than zero"},
        {"5000000000", "EUR", "not plausible"},
        {"10", "EURO", "not a currency"},
        {"100", "MXN", "exchange rate"},
        {"901", "EUR", "beyond what was approved"},
    };
    for (const auto& bad : cases) {
        CAPTURE(bad.amount, bad.currency);
        const CliResult result =
            vault.run("fatima", "grant disburse",
                      {grant, QStringLiteral("--amount"), QString::fromLatin1(bad.amount),
                       QStringLiteral("--currency"), QString::fromLatin1(bad.currency)});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QString::fromLatin1(bad.expected)));
    }
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    REQUIRE(vault
                .run("fatima", "ledger lock",
                     {QStringLiteral("--through"), yesterday, QStringLiteral("--reason"),
                      QStringLiteral("Month closed")})
                .exitCode == 0);
    const CliResult locked = vault.run(
        "fatima", "grant disburse",
        QStringList{grant} + words("--amount 10 --currency EUR --date") + QStringList{yesterday});
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains(QStringLiteral("locked up to ") + yesterday));
    // Nothing was half-written: the contribution and the commitment only.
    const CliResult transactions = vault.run("eli", "ledger transactions", words("--format csv"));
    CHECK(transactions.out.count(QLatin1Char('\n')) == 3);
}
