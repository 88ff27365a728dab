#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kAdminPassphrase = QStringLiteral("admin passphrase for the demo");
const QString kDemoPassphrase = QStringLiteral("demo users' passphrase");

// The real amparo-cli, as a script runs it, with `passphrase` for --user.
Run runCli(const QStringList& arguments, const QString& passphrase,
           const QString& demoPassphrase = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"AMPARO_PASSPHRASE", "AMPARO_NEW_PASSPHRASE", "AMPARO_RECOVERY_KEY",
                             "AMPARO_DEMO_PASSPHRASE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("AMPARO_PASSPHRASE"), passphrase);
    if (!demoPassphrase.isEmpty())
        env.insert(QStringLiteral("AMPARO_DEMO_PASSPHRASE"), demoPassphrase);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AMPARO_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A new vault filled with `cases` demo cases; the demo users' passphrase is kDemoPassphrase.
QString demoVault(const amparo::test::TempFolder& folder, int cases)
{
    const QString vault = folder.path(QStringLiteral("v"));
    REQUIRE(runCli({QStringLiteral("init"), vault, QStringLiteral("--admin"), QStringLiteral("ana"),
                    QStringLiteral("--kdf"), QStringLiteral("interactive")},
                   kAdminPassphrase)
                .exitCode == 0);
    const Run demo = runCli({QStringLiteral("demo"), vault, QStringLiteral("--user"),
                             QStringLiteral("ana"), QStringLiteral("--cases"),
                             QString::number(cases), QStringLiteral("--seed"), QStringLiteral("5")},
                            kAdminPassphrase, kDemoPassphrase);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("fundmanager")));
    CHECK(demo.out.contains(QStringLiteral("AMPARO_DEMO_PASSPHRASE")));
    CHECK_FALSE(demo.out.contains(kDemoPassphrase));
    return vault;
}

Run cases(const QString& vault, const QString& user, QStringList options)
{
    return runCli(QStringList{QStringLiteral("cases"), vault, QStringLiteral("--user"), user} +
                      options,
                  user == QLatin1String("ana") ? kAdminPassphrase : kDemoPassphrase);
}

QJsonArray casesAsJson(const QString& vault, const QString& user, const QStringList& options = {})
{
    const Run run = cases(
        vault, user, options + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

TEST_CASE("demo fills a vault and cases finds a case by the beginning of a word of its title")
{
    amparo::test::TempFolder folder;
    const QString vault = demoVault(folder, 15);
    const QJsonArray all = casesAsJson(vault, QStringLiteral("auditor"));
    REQUIRE(all.size() == 15);
    const QJsonObject first = all.first().toObject();
    const QStringList words = first.value(QStringLiteral("title"))
                                  .toString()
                                  .split(QRegularExpression(QStringLiteral("[^A-Za-z]+")))
                                  .filter(QRegularExpression(QStringLiteral("^.{5,}$")));
    const QString word = words.value(0);
    REQUIRE_FALSE(word.isEmpty());
    const Run found = cases(vault, QStringLiteral("auditor"),
                            {QStringLiteral("--search"), word.left(4), QStringLiteral("--format"),
                             QStringLiteral("csv")});
    CHECK(found.exitCode == 0);
    CHECK(found.out.contains(first.value(QStringLiteral("reference")).toString()));
    const Run none = cases(vault, QStringLiteral("auditor"),
                           {QStringLiteral("--search"), QStringLiteral("zzyzxq")});
    CHECK(none.exitCode == 0);
    CHECK(none.out.trimmed().count(QLatin1Char('\n')) == 0); // the header only
}

TEST_CASE("demo grants are in every state and the money commands show them to their users")
{
    amparo::test::TempFolder folder;
    const QString vault = demoVault(folder, 15);
    auto run = [&](const QString& command, const QString& user, const QStringList& options) {
        return runCli(QStringList{command, vault, QStringLiteral("--user"), user} + options,
                      kDemoPassphrase);
    };
    const Run grants = run(QStringLiteral("grants"), QStringLiteral("fundmanager"),
                           {QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(grants.exitCode == 0);
    QStringList statuses;
    QStringList requesters;
    for (const QJsonValue& grant : QJsonDocument::fromJson(grants.out.toUtf8()).array()) {
        statuses << grant.toObject().value(QStringLiteral("status")).toString();
        requesters << grant.toObject().value(QStringLiteral("requested_by")).toString();
    }
    for (const char* status : {"draft", "submitted", "approved", "rejected", "returned",
                               "disbursing", "disbursed", "justified", "closed", "cancelled"})
        CHECK(statuses.contains(QString::fromLatin1(status)));
    for (const QString& requester : requesters)
        CHECK(requester.startsWith(QLatin1String("caseworker")));

    const Run funds = run(QStringLiteral("funds"), QStringLiteral("finance"), {});
    CHECK(funds.exitCode == 0);
    for (const char* code : {"UAF", "OEF", "RSF"})
        CHECK(funds.out.contains(QString::fromLatin1(code)));
    const Run balance = runCli({QStringLiteral("ledger"), QStringLiteral("balance"), vault,
                                QStringLiteral("--user"), QStringLiteral("auditor"),
                                QStringLiteral("--format"), QStringLiteral("csv")},
                               kDemoPassphrase);
    CHECK(balance.exitCode == 0);
    QStringList currencies;
    for (const QString& line : balance.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("equity:conversion,")))
            currencies << line.section(QLatin1Char(','), 1, 1);
    CHECK(currencies.size() >= 3);
    const Run refused = run(QStringLiteral("funds"), QStringLiteral("caseworker"), {});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not allowed to read the ledger")));
}

TEST_CASE("cases writes csv with a header row and json objects with the same columns")
{
    amparo::test::TempFolder folder;
    const QString vault = demoVault(folder, 12);
    const Run csv = cases(vault, QStringLiteral("ana"),
                          {QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--status"), QStringLiteral("closed,active")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.front() ==
          QStringLiteral("reference,title,status,programme,country,priority,opened_on,restricted"));
    CHECK(lines.size() >= 2);
    const QJsonArray json =
        casesAsJson(vault, QStringLiteral("ana"),
                    {QStringLiteral("--status"), QStringLiteral("closed,active")});
    CHECK(json.size() == lines.size() - 1);
    for (const QJsonValue& value : json) {
        const QJsonObject row = value.toObject();
        CHECK(row.keys().size() == 8);
        const QString status = row.value(QStringLiteral("status")).toString();
        CHECK((status == QLatin1String("closed") || status == QLatin1String("active")));
        CHECK(row.value(QStringLiteral("reference")).toString().startsWith(QLatin1String("AMP-")));
    }
    const Run limited =
        cases(vault, QStringLiteral("ana"), {QStringLiteral("--limit"), QStringLiteral("3")});
    CHECK(limited.out.trimmed().split(QLatin1Char('\n')).size() == 4);
    CHECK(limited.err.contains(QStringLiteral("3 of 12")));
}

TEST_CASE("demo prints a generated passphrase that opens the demo accounts")
{
    amparo::test::TempFolder folder;
    const QString vault = folder.path(QStringLiteral("v"));
    REQUIRE(runCli({QStringLiteral("init"), vault, QStringLiteral("--admin"), QStringLiteral("ana"),
                    QStringLiteral("--kdf"), QStringLiteral("interactive")},
                   kAdminPassphrase)
                .exitCode == 0);
    const Run demo = runCli({QStringLiteral("demo"), vault, QStringLiteral("--user"),
                             QStringLiteral("ana"), QStringLiteral("--cases"), QStringLiteral("4")},
                            kAdminPassphrase);
    REQUIRE(demo.exitCode == 0);
    const QString passphrase = QRegularExpression(QStringLiteral("([a-z2-9]{4}-){4}[a-z2-9]{4}"))
                                   .match(demo.out)
                                   .captured(0);
    REQUIRE_FALSE(passphrase.isEmpty());
    const Run run = runCli(
        {QStringLiteral("cases"), vault, QStringLiteral("--user"), QStringLiteral("caseworker2")},
        passphrase);
    CHECK(run.exitCode == 0);

    const Run again =
        runCli({QStringLiteral("demo"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
                QStringLiteral("--cases"), QStringLiteral("4")},
               kAdminPassphrase);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("empty")));
}

TEST_CASE("demo and cases exit 2 on bad options and name the problem")
{
    amparo::test::TempFolder folder;
    const QString vault = folder.path(QStringLiteral("v"));
    const std::pair<QStringList, const char*> mistakes[] = {
        {{QStringLiteral("demo"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
          QStringLiteral("--cases"), QStringLiteral("many")},
         "--cases"},
        {{QStringLiteral("demo"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
          QStringLiteral("--cases"), QStringLiteral("-5")},
         "--cases"},
        {{QStringLiteral("demo"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
          QStringLiteral("--seed"), QStringLiteral("x")},
         "--seed"},
        {{QStringLiteral("demo"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
          QStringLiteral("--casse"), QStringLiteral("5")},
         "--casse"},
        {{QStringLiteral("cases"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
          QStringLiteral("--format"), QStringLiteral("xml")},
         "xml"},
        {{QStringLiteral("cases"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
          QStringLiteral("--status"), QStringLiteral("open")},
         "open"},
        {{QStringLiteral("cases"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
          QStringLiteral("--limit"), QStringLiteral("0")},
         "--limit"},
        {{QStringLiteral("cases"), vault}, "--user"},
    };
    for (const auto& [arguments, named] : mistakes) {
        const Run run = runCli(arguments, kAdminPassphrase);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QString::fromLatin1(named)));
    }
}
