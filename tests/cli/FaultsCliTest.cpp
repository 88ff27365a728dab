// What a script sees when the vault is busy or the disk is full: exit 1 and
// one line that says so, and a vault that is fine afterwards.

#include "CliRun.h"
#include "DomainFixture.h"
#include "attachments/AttachmentService.h"
#include "cases/CaseService.h"

#include <QDir>
#include <csignal>
#include <sys/resource.h>

using namespace amparo;
using namespace amparo::test;

namespace {

const QMap<QString, QString> kAdmin = {
    {QStringLiteral("AMPARO_PASSPHRASE"), QStringLiteral("correct horse battery")}};

// amparo-cli with no file allowed to grow past `maxFileBytes`, as on a
// nearly full disk.
CliResult runWithFileSizeLimit(const QStringList& arguments, rlim_t maxFileBytes)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AMPARO_PASSPHRASE"));
    env.insert(QStringLiteral("AMPARO_PASSPHRASE"), kAdmin.first());
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([maxFileBytes] {
        // Past the limit a write fails with EFBIG instead of killing the program.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{maxFileBytes, maxFileBytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(AMPARO_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("amparo-cli refuses a vault that another Amparo program has open, then works once it "
          "is closed")
{
    VaultFixture vault;
    const QStringList verify = {QStringLiteral("verify"), vault.directory, QStringLiteral("--user"),
                                QStringLiteral("ana")};
    {
        auto open = vault.openAdmin(); // as the desktop application would have it
        const CliResult refused = runAmparoCli(verify, kAdmin);
        CHECK(refused.exitCode == 1);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.trimmed() ==
              QStringLiteral("amparo-cli: This vault is open in another Amparo window or "
                             "program. Close it there first, then try again."));
    }
    const CliResult verified = runAmparoCli(verify, kAdmin);
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("audit trail: ok")));
}

TEST_CASE("amparo-cli says the disk is full when a backup cannot be written, and leaves nothing "
          "behind")
{
    DomainFixture fixture;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        const qint64 caseId = CaseService(*bea).create(sampleCase()).id;
        AttachmentService(*bea).add(QStringLiteral("case"), caseId, QStringLiteral("statement.txt"),
                                    QStringLiteral("text/plain"), QByteArray(512 * 1024, 's'));
    }
    TempFolder elsewhere;
    const QString file = elsewhere.path(QStringLiteral("amparo.backup"));
    const QStringList backup = {QStringLiteral("backup"), fixture.vault.directory,
                                QStringLiteral("--user"), QStringLiteral("ana"),
                                QStringLiteral("--out"),  file};

    // Room for logging in, not for a copy of the whole vault.
    const CliResult full = runWithFileSizeLimit(backup, 128 * 1024);
    CHECK(full.exitCode == 1);
    CHECK(full.out.isEmpty());
    CHECK(full.err.startsWith(QStringLiteral("amparo-cli: The disk is full")));
    CHECK(full.err.contains(QStringLiteral("Free some space and try again")));
    CHECK(QDir(elsewhere.path(QString()))
              .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    // With room again the vault verifies, and the backup is written.
    const CliResult verified = runAmparoCli({QStringLiteral("verify"), fixture.vault.directory,
                                             QStringLiteral("--user"), QStringLiteral("ana")},
                                            kAdmin);
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("database integrity: ok")));
    CHECK(verified.out.contains(QStringLiteral("audit trail: ok")));
    CHECK(runAmparoCli(backup, kAdmin).exitCode == 0);
}
