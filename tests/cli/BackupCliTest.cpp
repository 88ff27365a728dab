// backup and restore as an administrator runs them: the restored vault on
// another path opens with the same passphrases and verifies.

#include "CliRun.h"
#include "DomainFixture.h"
#include "cases/CaseService.h"

using namespace amparo;
using namespace amparo::test;

TEST_CASE("backup then restore on another path gives a vault that opens and verifies")
{
    DomainFixture fixture;
    QString reference;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        reference = CaseService(*bea).create(sampleCase()).reference;
    }
    TempFolder elsewhere;
    const QString file = elsewhere.path(QStringLiteral("amparo.backup"));
    const QMap<QString, QString> admin = {
        {QStringLiteral("AMPARO_PASSPHRASE"), fixture.vault.adminPassphrase}};
    const CliResult written =
        runAmparoCli({QStringLiteral("backup"), fixture.vault.directory, QStringLiteral("--user"),
                      QStringLiteral("ana"), QStringLiteral("--out"), file},
                     admin);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("verified")));

    const QString restored = elsewhere.path(QStringLiteral("restored"));
    const CliResult back = runAmparoCli({QStringLiteral("restore"), file, restored});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    const CliResult verify = runAmparoCli(
        {QStringLiteral("verify"), restored, QStringLiteral("--user"), QStringLiteral("ana")},
        admin);
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("audit trail: ok")));
    const CliResult cases =
        runAmparoCli({QStringLiteral("cases"), restored, QStringLiteral("--user"),
                      QStringLiteral("bea"), QStringLiteral("--format"), QStringLiteral("csv")},
                     {{QStringLiteral("AMPARO_PASSPHRASE"), QStringLiteral("bea passphrase")}});
    CHECK(cases.out.contains(reference));

    const CliResult again = runAmparoCli({QStringLiteral("restore"), file, restored});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("not empty")));

    QByteArray damaged = readAll(file);
    damaged.chop(10);
    writeAll(elsewhere.path(QStringLiteral("short.backup")), damaged);
    const CliResult refused =
        runAmparoCli({QStringLiteral("restore"), elsewhere.path(QStringLiteral("short.backup")),
                      elsewhere.path(QStringLiteral("other"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("damaged")));

    const CliResult caseworker = runAmparoCli(
        {QStringLiteral("backup"), fixture.vault.directory, QStringLiteral("--user"),
         QStringLiteral("bea"), QStringLiteral("--out"), elsewhere.path(QStringLiteral("b2"))},
        {{QStringLiteral("AMPARO_PASSPHRASE"), QStringLiteral("bea passphrase")}});
    CHECK(caseworker.exitCode == 1);
    CHECK(caseworker.err.contains(QStringLiteral("not allowed to back up the vault")));
}
