#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "db/Transaction.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/Corrections.h"
#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <map>
#include <random>

using amparo::test::DomainFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` as a script would, with `passphrase` for --user when given.
Run run(const QString& program, const QStringList& arguments, const QString& passphrase = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"AMPARO_PASSPHRASE", "AMPARO_NEW_PASSPHRASE", "AMPARO_RECOVERY_KEY"})
        env.remove(QString::fromLatin1(name));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("AMPARO_PASSPHRASE"), passphrase);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// RFC 4180 records: quoted fields may hold commas and doubled quotes.
std::vector<QStringList> parseCsv(const QString& text)
{
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records.push_back(record);
            record.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.push_back(record << field);
    return records;
}

// (account, commodity) → amount as written, e.g. "-1500.00".
using Balances = std::map<std::pair<QString, QString>, QString>;

Balances balancesFrom(const QString& csv, const QStringList& header)
{
    const std::vector<QStringList> records = parseCsv(csv);
    REQUIRE_FALSE(records.empty());
    CHECK(records.front() == header);
    Balances balances;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const QStringList& r = records[i];
        REQUIRE(r.size() == 3);
        // hledger closes with a "total" row; no account of Amparo has that name.
        if (r[0] == QLatin1String("total"))
            continue;
        CHECK(balances.emplace(std::pair(r[0], r[1]), r[2]).second);
    }
    return balances;
}

// Rows on one side only, or with different amounts.
QStringList differences(const Balances& amparo, const Balances& hledger)
{
    QStringList found;
    for (const auto& [key, amount] : amparo) {
        const auto other = hledger.find(key);
        if (other == hledger.end())
            found << QStringLiteral("%1 %2: %3 in Amparo, nothing in hledger")
                         .arg(key.first, key.second, amount);
        else if (other->second != amount)
            found << QStringLiteral("%1 %2: %3 in Amparo, %4 in hledger")
                         .arg(key.first, key.second, amount, other->second);
    }
    for (const auto& [key, amount] : hledger)
        if (!amparo.count(key))
            found << QStringLiteral("%1 %2: nothing in Amparo, %3 in hledger")
                         .arg(key.first, key.second, amount);
    return found;
}

// Months of a busy secretariat's money, entered through the services as
// people enter it. Each person's work of a week is one database
// transaction, which keeps the build fast.
class BusyMonths
{
public:
    explicit BusyMonths(DomainFixture& fixture) : m_fixture(fixture), m_random(20260314)
    {
        for (const char* login : {"ana", "bea", "dara", "diego", "fatima", "farid"})
            m_sessions[QString::fromLatin1(login)] = fixture.as(QString::fromLatin1(login));
        const std::pair<const char*, const char*> funds[] = {
            {"UAF", "EUR"}, {"JPF", "JPY"}, {"KWF", "KWD"}, {"DEF", "USD"}};
        for (const auto& [code, currency] : funds) {
            amparo::Fund fund;
            fund.code = QString::fromLatin1(code);
            fund.name = QStringLiteral("Fund ") + fund.code;
            fund.currency = QString::fromLatin1(currency);
            fund.approvalThresholdMinor = amparo::maxMinorUnits(fund.currency);
            m_funds.push_back(amparo::FundService(as("ana")).create(fund));
        }
        for (int i = 0; i < 5; ++i)
            m_cases.push_back(
                amparo::CaseService(as("bea"))
                    .create(amparo::test::sampleCase(QStringLiteral("Case %1").arg(i + 1)))
                    .id);
    }

    void week()
    {
        m_fixture.vault.clock.advance(std::chrono::hours(24 * 7));
        batch("fatima", [&] {
            for (int i = 0; i < 100; ++i)
                contribute();
        });
        std::vector<qint64> requested;
        batch("bea", [&] {
            for (int i = 0; i < 70; ++i)
                requested.push_back(request());
        });
        // The two fund managers share the week's requests.
        const auto half = requested.begin() + static_cast<std::ptrdiff_t>(requested.size() / 2);
        approve("dara", {requested.begin(), half});
        approve("diego", {half, requested.end()});
        batch("farid", [&] {
            for (int i = 0; i < 100 && !m_open.empty(); ++i)
                pay();
            for (int i = 0; i < 10; ++i)
                refund();
            for (int i = 0; i < 8; ++i)
                reverse();
            for (int i = 0; i < 4 && !m_open.empty(); ++i)
                attempt([&] {
                    amparo::DisbursementService(as("farid")).finishPayments(takeOpen(), QString());
                });
        });
        batch("diego", [&] {
            for (int i = 0; i < 4 && !m_open.empty(); ++i)
                attempt([&] {
                    amparo::GrantService(as("diego")).cancel(takeOpen(), QStringLiteral("Moved"));
                });
        });
    }

    int refusals() const { return m_refusals; }

private:
    amparo::Session& as(const char* login) { return *m_sessions.at(QString::fromLatin1(login)); }
    QDate today() const { return m_fixture.vault.clock.nowUtc().date(); }
    std::uint32_t below(std::uint32_t bound) { return m_random() % bound; }
    double fraction() { return static_cast<double>(m_random()) / 4294967296.0; }

    template <typename Work> void batch(const char* login, Work work)
    {
        amparo::db::Transaction transaction(as(login).database());
        work();
        transaction.commit();
    }

    // A refusal (a reversal that would leave a fund short …) is part of
    // the story; it is counted and the week goes on.
    template <typename Work> void attempt(Work work)
    {
        try {
            work();
        } catch (const amparo::Error&) {
            ++m_refusals;
        }
    }

    void approve(const char* approver, const std::vector<qint64>& grantIds)
    {
        batch(approver, [&] {
            for (const qint64 id : grantIds)
                attempt([&] {
                    amparo::GrantService(as(approver)).approve(id, std::nullopt, QString());
                    m_open.push_back(id);
                });
        });
    }

    qint64 takeOpen()
    {
        const std::size_t index = below(static_cast<std::uint32_t>(m_open.size()));
        const qint64 id = m_open[index];
        m_open.erase(m_open.begin() + static_cast<std::ptrdiff_t>(index));
        return id;
    }

    const amparo::Fund& anyFund() { return m_funds.at(below(4)); }

    QString anyCurrency()
    {
        static const QStringList codes = {QStringLiteral("EUR"), QStringLiteral("USD"),
                                          QStringLiteral("JPY"), QStringLiteral("KWD"),
                                          QStringLiteral("MXN"), QStringLiteral("GBP")};
        return codes.at(below(6));
    }

    static double perEuro(const QString& currency)
    {
        static const std::map<QString, double> table = {
            {QStringLiteral("EUR"), 1.0},     {QStringLiteral("USD"), 1.0812},
            {QStringLiteral("JPY"), 161.37},  {QStringLiteral("KWD"), 0.3317},
            {QStringLiteral("MXN"), 20.1234}, {QStringLiteral("GBP"), 0.8531}};
        return table.at(currency);
    }

    qint64 amountWorth(double euros, const QString& currency)
    {
        const double minor =
            euros * perEuro(currency) * std::pow(10.0, *amparo::currencyMinorUnits(currency));
        return std::max<qint64>(1, std::llround(minor));
    }

    std::optional<amparo::ExchangeRate> rateOfDay(const QString& paid, const QString& fund)
    {
        if (paid == fund)
            return std::nullopt;
        const double rate = perEuro(paid) / perEuro(fund) * (0.95 + 0.1 * fraction());
        return amparo::parseRate(QStringLiteral("rate"), QString::number(rate, 'f', 6));
    }

    void contribute()
    {
        const amparo::Fund& fund = anyFund();
        amparo::Contribution c;
        c.fundId = fund.id;
        c.currency = anyCurrency();
        c.amountMinor = amountWorth(2000 + 20000 * fraction(), c.currency);
        c.rate = rateOfDay(c.currency, fund.currency);
        c.receivedOn = today().addDays(-static_cast<int>(below(7)));
        c.reference = QStringLiteral("DON-%1").arg(below(100000));
        attempt([&] { amparo::FundService(as("fatima")).recordContribution(c); });
    }

    qint64 request()
    {
        const amparo::Fund& fund = anyFund();
        amparo::GrantRequest r;
        r.caseId = m_cases.at(below(5));
        r.fundId = fund.id;
        r.currency = fund.currency;
        r.purpose = QStringLiteral("Relocation and legal fees");
        r.lines = {{QStringLiteral("Travel"), amountWorth(100 + 1500 * fraction(), fund.currency)},
                   {QStringLiteral("Lawyer"), amountWorth(100 + 1500 * fraction(), fund.currency)}};
        return amparo::GrantService(as("bea")).request(r).id;
    }

    void pay()
    {
        const std::size_t index = below(static_cast<std::uint32_t>(m_open.size()));
        const amparo::Grant grant = amparo::GrantService(as("farid")).get(m_open[index]);
        amparo::PaymentInput p;
        p.grantId = grant.id;
        if (below(3) == 0) {
            p.currency = grant.currency;
            p.amountMinor = grant.outstandingMinor; // the rest: paid in full
        } else {
            p.currency = anyCurrency();
            const double euros = static_cast<double>(grant.outstandingMinor) /
                                 std::pow(10.0, *amparo::currencyMinorUnits(grant.currency)) /
                                 perEuro(grant.currency);
            p.amountMinor = amountWorth(euros * (0.2 + 0.5 * fraction()), p.currency);
            p.rate = rateOfDay(p.currency, grant.currency);
        }
        attempt([&] {
            amparo::DisbursementService(as("farid")).pay(p);
            if (p.amountMinor == grant.outstandingMinor && p.currency == grant.currency)
                m_open.erase(m_open.begin() + static_cast<std::ptrdiff_t>(index));
            m_paid.push_back(grant.id);
        });
    }

    void refund()
    {
        if (m_paid.empty())
            return;
        const amparo::Grant grant =
            amparo::GrantService(as("farid"))
                .get(m_paid[below(static_cast<std::uint32_t>(m_paid.size()))]);
        amparo::PaymentInput p;
        p.grantId = grant.id;
        p.currency = anyCurrency();
        const double euros = static_cast<double>(grant.paidMinor - grant.refundedMinor) /
                             std::pow(10.0, *amparo::currencyMinorUnits(grant.currency)) /
                             perEuro(grant.currency);
        p.amountMinor = amountWorth(euros * 0.1 * fraction(), p.currency);
        p.rate = rateOfDay(p.currency, grant.currency);
        attempt([&] { amparo::DisbursementService(as("farid")).refund(p); });
    }

    void reverse()
    {
        const qint64 count = amparo::Ledger(as("farid")).transactionCount();
        const qint64 id = 1 + static_cast<qint64>(below(static_cast<std::uint32_t>(count)));
        attempt([&] { amparo::Corrections(as("farid")).reverse(id, QStringLiteral("Typo")); });
    }

    DomainFixture& m_fixture;
    std::mt19937 m_random;
    std::map<QString, std::unique_ptr<amparo::Session>> m_sessions;
    std::vector<amparo::Fund> m_funds;
    std::vector<qint64> m_cases;
    std::vector<qint64> m_open; // approved or being paid
    std::vector<qint64> m_paid;
    int m_refusals = 0;
};

} // namespace

TEST_CASE("hledger reading the exported journal finds the balances that ledger balance shows")
{
    const QString hledger = QStandardPaths::findExecutable(QStringLiteral("hledger"));
    if (hledger.isEmpty())
        FAIL("hledger is not installed; install the Debian package hledger "
             "(sudo apt-get install hledger), as CI does.");

    DomainFixture fixture;
    {
        BusyMonths months(fixture);
        for (int week = 0; week < 18; ++week)
            months.week();
        auto reader = fixture.as(QStringLiteral("fatima"));
        const qint64 transactions = amparo::Ledger(*reader).transactionCount();
        CAPTURE(transactions, months.refusals());
        REQUIRE(transactions >= 5000);
    }

    const QString vault = fixture.vault.directory;
    const QString user = QStringLiteral("fatima");
    const QString passphrase = QStringLiteral("fatima passphrase");
    const QString journal = fixture.vault.folder.path(QStringLiteral("ledger.journal"));
    const Run written = run(QStringLiteral(AMPARO_CLI_PATH),
                            {QStringLiteral("ledger"), QStringLiteral("journal"), vault,
                             QStringLiteral("--user"), user, QStringLiteral("--out"), journal},
                            passphrase);
    INFO(written.err);
    REQUIRE(written.exitCode == 0);

    // Today, and two days in the middle of the months (hledger's end date is exclusive).
    for (const std::optional<QDate>& at :
         {std::optional<QDate>(), std::optional(QDate(2026, 4, 30)),
          std::optional(QDate(2026, 6, 15))}) {
        const QString when = at ? at->toString(Qt::ISODate) : QStringLiteral("all time");
        CAPTURE(when);
        QStringList balance = {QStringLiteral("ledger"),
                               QStringLiteral("balance"),
                               vault,
                               QStringLiteral("--user"),
                               user,
                               QStringLiteral("--format"),
                               QStringLiteral("csv")};
        QStringList bal = {QStringLiteral("-f"),
                           journal,
                           QStringLiteral("bal"),
                           QStringLiteral("--flat"),
                           QStringLiteral("--layout=bare"),
                           QStringLiteral("-O"),
                           QStringLiteral("csv")};
        if (at) {
            balance << QStringLiteral("--at") << at->toString(Qt::ISODate);
            bal << QStringLiteral("-e") << at->addDays(1).toString(Qt::ISODate);
        }
        const Run ours = run(QStringLiteral(AMPARO_CLI_PATH), balance, passphrase);
        INFO(ours.err);
        REQUIRE(ours.exitCode == 0);
        const Run theirs = run(hledger, bal);
        INFO(theirs.err);
        REQUIRE(theirs.exitCode == 0);

        const Balances amparo =
            balancesFrom(ours.out, {QStringLiteral("account"), QStringLiteral("commodity"),
                                    QStringLiteral("amount")});
        const Balances reference =
            balancesFrom(theirs.out, {QStringLiteral("account"), QStringLiteral("commodity"),
                                      QStringLiteral("balance")});
        QStringList commodities;
        for (const auto& [key, amount] : amparo)
            commodities << key.second;
        commodities.removeDuplicates();
        INFO(commodities.join(QLatin1Char(' ')));
        CHECK(commodities.size() >= 4);
        const QStringList mismatches = differences(amparo, reference);
        INFO(mismatches.mid(0, 20).join(QLatin1Char('\n')));
        CHECK(mismatches.isEmpty());
        CHECK(amparo.size() >= 20);
    }
}
