#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kAdminPassphrase = QStringLiteral("Sé fuerte, هادئ");
const QString kCaseworkerPassphrase = QStringLiteral("Юлия пароль длинный");

// Runs the real amparo-cli binary, as a script would, with `passphrase` as
// AMPARO_PASSPHRASE.
Result cli(const QStringList& arguments, const QString& passphrase,
           const QString& newPassphrase = {}, const QString& demoPassphrase = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMPARO_PASSPHRASE"), passphrase);
    env.remove(QStringLiteral("AMPARO_NEW_PASSPHRASE"));
    env.remove(QStringLiteral("AMPARO_DEMO_PASSPHRASE"));
    if (!newPassphrase.isEmpty())
        env.insert(QStringLiteral("AMPARO_NEW_PASSPHRASE"), newPassphrase);
    if (!demoPassphrase.isEmpty())
        env.insert(QStringLiteral("AMPARO_DEMO_PASSPHRASE"), demoPassphrase);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AMPARO_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fixture(const char* name)
{
    return QStringLiteral(AMPARO_TEST_DATA "/csv/") + QString::fromUtf8(name);
}

// A vault whose caseworker, bea, runs the commands under test.
struct CliVault
{
    CliVault() : vault(folder.path(QStringLiteral("v")))
    {
        REQUIRE(cli({QStringLiteral("init"), vault, QStringLiteral("--admin"),
                     QStringLiteral("ana"), QStringLiteral("--kdf"), QStringLiteral("interactive")},
                    kAdminPassphrase)
                    .exitCode == 0);
        REQUIRE(cli({QStringLiteral("user"), QStringLiteral("add"), vault, QStringLiteral("--user"),
                     QStringLiteral("ana"), QStringLiteral("bea"), QStringLiteral("--role"),
                     QStringLiteral("caseworker"), QStringLiteral("--kdf"),
                     QStringLiteral("interactive")},
                    kAdminPassphrase, kCaseworkerPassphrase)
                    .exitCode == 0);
    }

    Result asBea(const QString& command, const QStringList& arguments)
    {
        return cli(QStringList{command, vault, QStringLiteral("--user"), QStringLiteral("bea")} +
                       arguments,
                   kCaseworkerPassphrase);
    }

    Result import(const QString& kind, const QString& file, bool dryRun = false)
    {
        QStringList arguments{QStringLiteral("--kind"), kind, file};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return asBea(QStringLiteral("import"), arguments);
    }

    // The exported file, or an empty array when the export failed.
    QByteArray exportCsv(const QString& kind)
    {
        const QString out = folder.path(kind + QStringLiteral("-export.csv"));
        const Result result = asBea(QStringLiteral("export-csv"),
                                    {QStringLiteral("--kind"), kind, QStringLiteral("--out"), out});
        CHECK(result.exitCode == 0);
        return result.exitCode == 0 ? amparo::test::readAll(out) : QByteArray();
    }

    amparo::test::TempFolder folder;
    QString vault;
};

const QByteArray kPeopleHeader = "\xEF\xBB\xBF"
                                 "external_id,full_name,pseudonym,sex,birth_date,nationality,"
                                 "country,roles,phone,email,notes\r\n";

} // namespace

TEST_CASE("import prints a summary and export-csv writes the people back")
{
    CliVault v;
    const Result people = v.import(QStringLiteral("people"), fixture("people-spreadsheet.csv"));
    CHECK(people.exitCode == 0);
    CHECK(people.out.contains(QStringLiteral("4 rows read, 4 created, 0 updated, 0 unchanged")));
    const Result cases = v.import(QStringLiteral("cases"), fixture("cases-spreadsheet.csv"));
    CHECK(cases.exitCode == 0);
    CHECK(cases.out.contains(QStringLiteral("3 created")));

    const QByteArray exported = v.exportCsv(QStringLiteral("people"));
    CHECK(exported.startsWith(kPeopleHeader));
    CHECK(exported.contains(QStringLiteral("Юлия Ивановна Петрова").toUtf8()));
    CHECK(exported.count("\r\n") == 5); // the header and four people (cells break with LF)
    CHECK(v.exportCsv(QStringLiteral("cases")).contains("AMP-2025-0007"));

    const Result twice = v.import(QStringLiteral("people"), fixture("people-spreadsheet.csv"));
    CHECK(twice.out.contains(QStringLiteral("0 created, 0 updated, 4 unchanged")));
}

TEST_CASE("an import with problems exits 1 and lists each by row and column and writes nothing")
{
    CliVault v;
    for (const bool dryRun : {true, false}) {
        CAPTURE(dryRun);
        const Result result =
            v.import(QStringLiteral("people"), fixture("people-bad-values.csv"), dryRun);
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(QStringLiteral("row 3, column birth_date: ")));
        CHECK(result.out.contains(QStringLiteral("row 4, column birth_date: ")));
        CHECK(result.out.contains(QStringLiteral("row 5, column nationality: ")));
        CHECK(result.out.contains(QStringLiteral(
            "warning: unknown columns, not imported: Passport No, favourite_colour")));
        CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(result.err.contains(QStringLiteral("6 problems in")));
        CHECK(result.err.contains(QStringLiteral("nothing was imported")));
    }
    CHECK(v.exportCsv(QStringLiteral("people")) == kPeopleHeader);
}

TEST_CASE("a dry run reports what it would do and writes nothing")
{
    CliVault v;
    const Result result =
        v.import(QStringLiteral("people"), fixture("people-spreadsheet.csv"), true);
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("4 would be created")));
    CHECK(result.out.contains(QStringLiteral("Nothing was written")));
    CHECK(v.exportCsv(QStringLiteral("people")) == kPeopleHeader);
}

TEST_CASE("a file that is not UTF-8 or is truncated is refused with a one-line reason")
{
    CliVault v;
    const Result encoding = v.import(QStringLiteral("people"), fixture("people-windows-1252.csv"));
    CHECK(encoding.exitCode == 1);
    CHECK(encoding.err.contains(QStringLiteral("is not UTF-8 text")));
    CHECK(encoding.err.trimmed().count(QLatin1Char('\n')) == 0);
    const Result truncated = v.import(QStringLiteral("people"), fixture("people-truncated.csv"));
    CHECK(truncated.exitCode == 1);
    CHECK(truncated.err.contains(QStringLiteral("row 3")));
}

TEST_CASE("export-csv writes grants and disbursements for those who read the ledger")
{
    CliVault v;
    const QString demoPassphrase = QStringLiteral("demo users' passphrase");
    REQUIRE(cli({QStringLiteral("demo"), v.vault, QStringLiteral("--user"), QStringLiteral("ana"),
                 QStringLiteral("--cases"), QStringLiteral("6")},
                kAdminPassphrase, {}, demoPassphrase)
                .exitCode == 0);
    auto exportAs = [&](const QString& user, const QString& kind, const QString& out) {
        return cli({QStringLiteral("export-csv"), v.vault, QStringLiteral("--user"), user,
                    QStringLiteral("--kind"), kind, QStringLiteral("--out"), out},
                   demoPassphrase);
    };

    const QString disbursements = v.folder.path(QStringLiteral("disbursements.csv"));
    const Result paid =
        exportAs(QStringLiteral("finance"), QStringLiteral("disbursements"), disbursements);
    CHECK(paid.exitCode == 0);
    CHECK(paid.out.contains(QStringLiteral("of disbursements to")));
    const QByteArray paidBytes = amparo::test::readAll(disbursements);
    CHECK(paidBytes.startsWith("\xEF\xBB\xBF"
                               "id,grant,kind,paid_on,amount,currency,rate,fund_amount,"
                               "fund_currency,receipts_due,receipts,reversed,note\r\n"));
    const QStringList rows = QString::fromUtf8(paidBytes).split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() > 2);
    // 1,GR-2020-00001,payment,2020-12-03,16900.00,MXN,20.1234,839.82,EUR,2021-02-01,1,false,…
    const QRegularExpression payment(QStringLiteral(
        "^\\d+,GR-\\d{4}-\\d{5},(payment|refund),\\d{4}-\\d\\d-\\d\\d,\\d+(\\.\\d+)?,[A-Z]{3},"
        "(\\d+(\\.\\d+)?)?,\\d+\\.\\d\\d,(EUR|USD|CHF),(\\d{4}-\\d\\d-\\d\\d)?,\\d+,(true|false)"
        ","));
    CHECK(payment.match(rows.at(1)).hasMatch());
    CHECK(rows.filter(QStringLiteral(",true,")).size() == 1); // the payment typed twice

    const QString grants = v.folder.path(QStringLiteral("grants.csv"));
    CHECK(exportAs(QStringLiteral("auditor"), QStringLiteral("grants"), grants).exitCode == 0);
    const QByteArray grantBytes = amparo::test::readAll(grants);
    CHECK(grantBytes.startsWith("\xEF\xBB\xBF"
                                "reference,case,fund,status,currency,requested,approved,paid,"
                                "refunded,committed,requested_by,purpose,created_at\r\n"));
    CHECK(grantBytes.contains(",closed,"));

    // The exports are in the audit trail, as the users who made them.
    {
        auto auditor =
            amparo::Vault::open(v.vault, QStringLiteral("auditor"),
                                amparo::test::secret(demoPassphrase), amparo::Clock::system());
        QStringList exports;
        for (const amparo::audit::AuditEntry& entry : auditor->audit().latest(10)) {
            if (entry.action == QLatin1String("export.csv"))
                exports << entry.actor + QLatin1Char(' ') + entry.entityType;
        }
        CHECK(exports ==
              QStringList{QStringLiteral("auditor grant"), QStringLiteral("finance disbursement")});
    }

    const QString refusedFile = v.folder.path(QStringLiteral("refused.csv"));
    const Result refused =
        exportAs(QStringLiteral("caseworker"), QStringLiteral("grants"), refusedFile);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not allowed to read the ledger")));
    CHECK_FALSE(QFileInfo::exists(refusedFile));
}

TEST_CASE("wrong kinds are usage errors and grants cannot be imported")
{
    CliVault v;
    const QString out = v.folder.path(QStringLiteral("out.csv"));
    const Result unknown =
        v.asBea(QStringLiteral("export-csv"),
                {QStringLiteral("--kind"), QStringLiteral("orgs"), QStringLiteral("--out"), out});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("orgs")));
    const Result noOut =
        v.asBea(QStringLiteral("export-csv"), {QStringLiteral("--kind"), QStringLiteral("people")});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("Missing --out")));
    const Result badImport = v.import(QStringLiteral("grants"), fixture("people-spreadsheet.csv"));
    CHECK(badImport.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out));
}
