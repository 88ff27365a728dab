#include "vault/KeySlotFile.h"

#include "TestSupport.h"
#include "util/Error.h"
#include "vault/KeySlotStore.h"
#include "vault/Session.h"
#include "vault/VaultLayout.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::VaultFixture;

namespace {

QString parseError(const QByteArray& contents)
{
    try {
        KeySlotFile::parse(contents);
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Corrupt);
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("a key-slot file survives a write and read unchanged")
{
    VaultFixture vault;
    const QByteArray contents = test::readAll(VaultLayout(vault.directory).keySlots());
    const KeySlotFile file = KeySlotFile::parse(contents);
    CHECK(file.slots.size() == 2); // the administrator and the recovery key
    CHECK(file.serialize() == contents);
}

TEST_CASE("damaged key-slot files get messages that say what is wrong")
{
    VaultFixture vault;
    const QByteArray good = test::readAll(VaultLayout(vault.directory).keySlots());

    CHECK(parseError(QByteArray()).contains(QStringLiteral("empty")));
    CHECK(parseError(good.left(good.size() / 2)).contains(QStringLiteral("truncated")));
    CHECK(parseError("PK\x03\x04 a zip file")
              .contains(QStringLiteral("not an Amparo key-slot file")));

    QByteArray flipped = good;
    flipped[200] = flipped[200] == 'a' ? 'b' : 'a';
    CHECK(parseError(flipped).contains(QStringLiteral("checksum")));

    CHECK(parseError(QByteArray(8 * 1024 * 1024, 'x')).contains(QStringLiteral("larger")));
}

TEST_CASE("a truncated key-slot file leaves the vault untouched: the backup copy opens it and "
          "repairs the file")
{
    VaultFixture vault;
    const VaultLayout layout(vault.directory);
    const QByteArray good = test::readAll(layout.keySlots());
    const QByteArray database = test::readAll(layout.database());
    test::writeAll(layout.keySlots(), good.left(100));

    auto session = vault.openAdmin();
    CHECK(session->keySlotWarning().contains(QStringLiteral("truncated")));
    CHECK(session->audit().latest(1).front().action ==
          QStringLiteral("keyslots.restore_from_backup"));
    session.reset();
    CHECK(test::readAll(layout.keySlots()) == good);
    // The database was never written to by the failure itself.
    CHECK(database.size() > 0);
}

TEST_CASE(
    "when both key-slot copies are damaged the error names both problems and nothing is changed")
{
    VaultFixture vault;
    const VaultLayout layout(vault.directory);
    const QByteArray good = test::readAll(layout.keySlots());
    QByteArray edited = good;
    edited[300] = edited[300] == '0' ? '1' : '0';
    test::writeAll(layout.keySlots(), good.left(50));
    test::writeAll(layout.keySlotsBackup(), edited);
    const QByteArray databaseBefore = test::readAll(layout.database());
    try {
        vault.openAdmin();
        FAIL("a vault with two damaged key-slot files opened");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Corrupt);
        CHECK(error.message().contains(QStringLiteral("truncated")));
        CHECK(error.message().contains(QStringLiteral("backup copy is damaged too")));
    }
    CHECK(test::readAll(layout.database()) == databaseBefore);
    // Putting a good copy back makes everything work again.
    test::writeAll(layout.keySlots(), good);
    CHECK_NOTHROW(vault.openAdmin());
}

TEST_CASE("an unreadably large key-slot file falls back to the backup copy")
{
    VaultFixture vault;
    const VaultLayout layout(vault.directory);
    test::writeAll(layout.keySlots(), QByteArray(5 * 1024 * 1024, 'z'));
    auto session = vault.openAdmin();
    CHECK(session->keySlotWarning().contains(QStringLiteral("large")));
}

TEST_CASE("a slot moved into another vault's file does not open it")
{
    VaultFixture first;
    VaultFixture second;
    KeySlotFile a = KeySlotFile::parse(test::readAll(VaultLayout(first.directory).keySlots()));
    const KeySlotFile b =
        KeySlotFile::parse(test::readAll(VaultLayout(second.directory).keySlots()));
    // Keep a's identity but graft b's administrator slot under a's slot id.
    KeySlot grafted = b.slots.front();
    grafted.id = a.slots.front().id;
    a.put(grafted);
    KeySlotStore(VaultLayout(first.directory)).save(a);
    REQUIRE_THROWS_WITH(first.openAdmin(), Catch::Contains("Wrong user name or passphrase"));
}
