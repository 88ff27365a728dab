#include "ChildProcess.h"
#include "TestSupport.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"
#include "vault/VaultLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace amparo;
using namespace amparo::test;

namespace {

constexpr uid_t kNobody = 65534;

std::pair<ErrorKind, QString> openingFailure(const QString& directory)
{
    try {
        Vault::open(directory, QStringLiteral("ana"),
                    secret(QStringLiteral("correct horse battery")), Clock::system());
    } catch (const Error& error) {
        return {error.kind(), error.message()};
    }
    FAIL("the vault opened");
    return {};
}

// Gives the folder and its files to `owner` with the permissions of a
// read-only copy (r-x for the folder, r-- for the files), or back.
void setVaultPermissions(const QString& directory, uid_t owner, gid_t group, bool readOnly)
{
    for (const QString& file : filesIn(directory)) {
        const QByteArray path = QFile::encodeName(file);
        REQUIRE(::chown(path.constData(), owner, group) == 0);
        REQUIRE(::chmod(path.constData(), readOnly ? 0400 : 0600) == 0);
    }
    const QByteArray folder = QFile::encodeName(directory);
    REQUIRE(::chown(folder.constData(), owner, group) == 0);
    REQUIRE(::chmod(folder.constData(), readOnly ? 0500 : 0700) == 0);
}

} // namespace

TEST_CASE("a vault in a folder Amparo cannot write in is refused with a clear message")
{
    VaultFixture vault;
    const QStringList filesBefore = filesIn(vault.directory);
    // Permissions do not stop root, which is who runs the tests in CI: then
    // the vault is handed to an ordinary account, and that account tries.
    const bool root = ::geteuid() == 0;
    const uid_t owner = root ? kNobody : ::geteuid();
    const gid_t group = root ? kNobody : ::getegid();
    if (root)
        REQUIRE(::chmod(QFile::encodeName(QFileInfo(vault.directory).absolutePath()).constData(),
                        0711) == 0);
    setVaultPermissions(vault.directory, owner, group, true);

    ChildProcess child([&](ChildProcess&) -> QByteArray {
        if (root && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            return "cannot become nobody";
        const auto [kind, message] = openingFailure(vault.directory);
        return QByteArray::number(static_cast<int>(kind)) + '\t' + message.toUtf8();
    });
    const QByteArray answer = child.finish();
    setVaultPermissions(vault.directory, ::geteuid(), ::getegid(), false);

    INFO(answer.toStdString());
    CHECK(answer.startsWith(
        QByteArray(QByteArray::number(static_cast<int>(ErrorKind::Storage)) + '\t')));
    CHECK(answer.contains("Amparo cannot write in the vault folder"));
    CHECK(answer.contains("copy the vault to a folder you can write to"));
    // Refused before anything was written: no lock, no attempts file.
    CHECK(filesIn(vault.directory) == filesBefore);
    // Writable again, it opens.
    CHECK(vault.openAdmin()->user().login == QStringLiteral("ana"));
}

TEST_CASE("a location where there is nothing is not a vault, and stays empty")
{
    TempFolder folder;
    const QString missing = folder.path(QStringLiteral("no such folder"));
    const auto [kind, message] = openingFailure(missing);
    CHECK(kind == ErrorKind::NotFound);
    CHECK(message == QStringLiteral("There is no Amparo vault at %1.").arg(missing));
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString empty = folder.path(QStringLiteral("empty"));
    REQUIRE(QDir().mkpath(empty));
    CHECK(openingFailure(empty).first == ErrorKind::NotFound);
    CHECK(QDir(empty).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

TEST_CASE("a file given as the vault location is named as a file, not a folder")
{
    TempFolder folder;
    const QString file = folder.path(QStringLiteral("vault.db"));
    writeAll(file, QByteArray("not a folder"));
    const auto [kind, message] = openingFailure(file);
    CHECK(kind == ErrorKind::NotFound);
    CHECK(message.contains(QStringLiteral("is a file, not a folder")));
    CHECK(readAll(file) == QByteArray("not a folder"));
}
