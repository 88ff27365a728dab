#include "backup/Backup.h"

#include "DomainFixture.h"
#include "TestSupport.h"
#include "audit/AuditAccess.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

QString restoreError(const QString& file, const QString& target)
{
    try {
        restoreBackup(file, target);
    } catch (const Error& error) {
        CHECK(QDir(target).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        return error.message();
    }
    FAIL("the restore was accepted");
    return {};
}

} // namespace

TEST_CASE("a backup restores on another path with every record and the same passphrases")
{
    DomainFixture fixture;
    QString reference;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        reference = CaseService(*bea).create(sampleCase()).reference;
    }
    TempFolder elsewhere;
    const QString file = elsewhere.path(QStringLiteral("vault.amparo-backup"));
    {
        auto admin = fixture.as(QStringLiteral("ana"));
        CHECK_FALSE(lastBackupAt(*admin));
        const BackupSummary written = writeBackup(*admin, file);
        CHECK(written.bytes == QFile(file).size());
        CHECK(lastBackupAt(*admin) == fixture.vault.clock.nowUtc());
    }
    // Nothing in the file is readable: no name, no title.
    const QByteArray bytes = readAll(file);
    CHECK_FALSE(bytes.contains("Arbitrary detention"));
    CHECK_FALSE(bytes.contains("SQLite format 3"));

    const QString restored = elsewhere.path(QStringLiteral("restored"));
    restoreBackup(file, restored);
    auto bea = Vault::open(restored, QStringLiteral("bea"),
                           secret(QStringLiteral("bea passphrase")), fixture.vault.clock);
    CHECK(CaseService(*bea).getByReference(reference).title ==
          QStringLiteral("Arbitrary detention of a journalist"));
    auto admin = Vault::open(restored, fixture.vault.admin, secret(fixture.vault.adminPassphrase),
                             fixture.vault.clock);
    CHECK(audit::verifyTrail(*admin).intact);
    // The backup is audited in the vault it was taken from.
    auto original = fixture.as(QStringLiteral("ana"));
    CHECK(original->audit().entriesFor(QStringLiteral("vault"), QStringLiteral("backup")).size() ==
          1);
}

TEST_CASE("only administrators write backups and never inside the vault")
{
    DomainFixture fixture;
    TempFolder elsewhere;
    auto bea = fixture.as(QStringLiteral("bea"));
    CHECK_THROWS_WITH(writeBackup(*bea, elsewhere.path(QStringLiteral("b"))),
                      Catch::Contains("not allowed to back up the vault"));
    auto admin = fixture.as(QStringLiteral("ana"));
    CHECK_THROWS_WITH(writeBackup(*admin, fixture.vault.directory + QStringLiteral("/inside.bak")),
                      Catch::Contains("outside the vault folder"));
}

TEST_CASE("a damaged truncated or foreign backup is refused and leaves nothing behind")
{
    DomainFixture fixture;
    TempFolder elsewhere;
    const QString file = elsewhere.path(QStringLiteral("good.backup"));
    {
        auto admin = fixture.as(QStringLiteral("ana"));
        writeBackup(*admin, file);
    }
    const QByteArray good = readAll(file);
    const QString target = elsewhere.path(QStringLiteral("target"));

    QByteArray flipped = good;
    flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x20);
    writeAll(elsewhere.path(QStringLiteral("flipped")), flipped);
    CHECK(restoreError(elsewhere.path(QStringLiteral("flipped")), target)
              .contains(QStringLiteral("checksum does not match")));

    writeAll(elsewhere.path(QStringLiteral("short")), good.left(good.size() / 3));
    CHECK(restoreError(elsewhere.path(QStringLiteral("short")), target)
              .contains(QStringLiteral("truncated")));

    writeAll(elsewhere.path(QStringLiteral("foreign")), QByteArrayLiteral("PK\x03\x04 a zip file"));
    CHECK(restoreError(elsewhere.path(QStringLiteral("foreign")), target)
              .contains(QStringLiteral("not an Amparo backup")));

    CHECK(restoreError(elsewhere.path(QStringLiteral("missing")), target)
              .contains(QStringLiteral("Cannot read")));
    CHECK_FALSE(QDir(target).exists());
    // No staging folder is left next to the target either.
    CHECK(QDir(elsewhere.path(QString()))
              .entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
              .isEmpty());

    QDir().mkpath(target + QStringLiteral("/occupied"));
    CHECK_THROWS_WITH(restoreBackup(file, target), Catch::Contains("not empty"));
}
