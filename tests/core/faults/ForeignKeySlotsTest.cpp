#include "TestSupport.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"
#include "vault/VaultLayout.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

std::pair<ErrorKind, QString> openingFailure(VaultFixture& vault, const QString& passphrase)
{
    try {
        vault.open(QStringLiteral("ana"), passphrase);
    } catch (const Error& error) {
        return {error.kind(), error.message()};
    }
    FAIL("the vault opened");
    return {};
}

} // namespace

TEST_CASE("key-slot files copied from another vault are named as such, whatever the passphrase")
{
    VaultFixture mine(QStringLiteral("ana"), QStringLiteral("my own passphrase"));
    VaultFixture other(QStringLiteral("ana"), QStringLiteral("the other passphrase"));
    const VaultLayout a(mine.directory), b(other.directory);
    const QByteArray own = readAll(a.keySlots());
    writeAll(a.keySlots(), readAll(b.keySlots()));
    writeAll(a.keySlotsBackup(), readAll(b.keySlotsBackup()));

    // Neither passphrase gets as far as a "wrong passphrase": the files
    // themselves are named as the problem, with what to do about it.
    for (const QString& passphrase :
         {QStringLiteral("my own passphrase"), QStringLiteral("the other passphrase")}) {
        const auto [kind, message] = openingFailure(mine, passphrase);
        CHECK(kind == ErrorKind::Corrupt);
        CHECK(message.contains(QStringLiteral("belongs to another vault")));
        CHECK(message.contains(QStringLiteral("does not match this vault's database")));
        CHECK(message.contains(QStringLiteral("restore the vault from a backup")));
    }
    // With its own files back the vault opens, and nothing was counted as a
    // failed login.
    writeAll(a.keySlots(), own);
    writeAll(a.keySlotsBackup(), own);
    CHECK(mine.open(QStringLiteral("ana"), QStringLiteral("my own passphrase"))
              ->failedAttemptsBeforeLogin() == 0);
}

TEST_CASE("when only the main key-slot file came from another vault, the backup copy opens and "
          "repairs it")
{
    VaultFixture mine(QStringLiteral("ana"), QStringLiteral("my own passphrase"));
    VaultFixture other(QStringLiteral("ana"), QStringLiteral("the other passphrase"));
    const VaultLayout a(mine.directory), b(other.directory);
    const QByteArray own = readAll(a.keySlotsBackup());
    writeAll(a.keySlots(), readAll(b.keySlots()));

    auto session = mine.open(QStringLiteral("ana"), QStringLiteral("my own passphrase"));
    CHECK(session->keySlotWarning().contains(QStringLiteral("belongs to another vault")));
    CHECK(readAll(a.keySlots()) == own);
    session.reset();
    CHECK(mine.open(QStringLiteral("ana"), QStringLiteral("my own passphrase"))
              ->keySlotWarning()
              .isEmpty());
}
