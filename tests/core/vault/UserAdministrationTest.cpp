#include "vault/UserAdministration.h"

#include "TestSupport.h"
#include "auth/UserRepository.h"
#include "util/Error.h"
#include "vault/KeySlotStore.h"
#include "vault/Session.h"
#include "vault/Vault.h"
#include "vault/VaultLayout.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::auth::Role;
using amparo::test::VaultFixture;

namespace {

void addUser(Session& admin, const QString& login, auth::RoleSet roles, const QString& passphrase)
{
    UserAdministration(admin).addUser(login, QString(), roles, test::secret(passphrase),
                                      test::fastKdf());
}

QStringList userLogins(Session& session)
{
    QStringList logins;
    for (const auth::User& user : auth::UserRepository(session.database()).all())
        logins << user.login;
    return logins;
}

} // namespace

TEST_CASE("each user's own passphrase opens the same data")
{
    VaultFixture vault;
    {
        auto admin = vault.openAdmin();
        addUser(*admin, QStringLiteral("bea"), {Role::Caseworker},
                QStringLiteral("bea passphrase 1"));
        addUser(*admin, QStringLiteral("chidi"), {Role::FundManager, Role::Finance},
                QStringLiteral("chidi passphrase"));
    }
    auto bea = vault.open(QStringLiteral("bea"), QStringLiteral("bea passphrase 1"));
    const QStringList seenByBea = userLogins(*bea);
    bea.reset();
    auto chidi = vault.open(QStringLiteral("chidi"), QStringLiteral("chidi passphrase"));
    CHECK(userLogins(*chidi) == seenByBea);
    CHECK(seenByBea ==
          QStringList{QStringLiteral("ana"), QStringLiteral("bea"), QStringLiteral("chidi")});
    CHECK(chidi->user().roles == auth::RoleSet{Role::FundManager, Role::Finance});
}

TEST_CASE("only an administrator adds users")
{
    VaultFixture vault;
    {
        auto admin = vault.openAdmin();
        addUser(*admin, QStringLiteral("bea"), {Role::Caseworker},
                QStringLiteral("bea passphrase 1"));
    }
    auto bea = vault.open(QStringLiteral("bea"), QStringLiteral("bea passphrase 1"));
    REQUIRE_THROWS_WITH(
        addUser(*bea, QStringLiteral("eve"), {Role::Admin}, QStringLiteral("eve passphrase")),
        Catch::Contains("not allowed to manage users"));
    CHECK_FALSE(userLogins(*bea).contains(QStringLiteral("eve")));
}

TEST_CASE("a user name is not given twice")
{
    VaultFixture vault;
    auto admin = vault.openAdmin();
    addUser(*admin, QStringLiteral("bea"), {Role::Caseworker}, QStringLiteral("bea passphrase 1"));
    REQUIRE_THROWS_WITH(
        addUser(*admin, QStringLiteral("BEA"), {Role::Auditor}, QStringLiteral("other passphrase")),
        Catch::Contains("already taken"));
}

TEST_CASE("a disabled user cannot open the vault until enabled again")
{
    VaultFixture vault;
    {
        auto admin = vault.openAdmin();
        addUser(*admin, QStringLiteral("bea"), {Role::Caseworker},
                QStringLiteral("bea passphrase 1"));
        UserAdministration(*admin).disableUser(QStringLiteral("bea"));
    }
    REQUIRE_THROWS_WITH(vault.open(QStringLiteral("bea"), QStringLiteral("bea passphrase 1")),
                        Catch::Contains("disabled"));
    {
        auto admin = vault.openAdmin();
        UserAdministration(*admin).enableUser(QStringLiteral("bea"));
    }
    CHECK_NOTHROW(vault.open(QStringLiteral("bea"), QStringLiteral("bea passphrase 1")));
}

TEST_CASE("a removed user's old key slot no longer opens the vault after the master key rotation")
{
    VaultFixture vault;
    const VaultLayout layout(vault.directory);
    {
        auto admin = vault.openAdmin();
        addUser(*admin, QStringLiteral("bea"), {Role::Caseworker},
                QStringLiteral("bea passphrase 1"));
    }
    // Bea keeps a copy of the key-slot file from when she was a user.
    const QByteArray oldSlots = test::readAll(layout.keySlots());
    {
        auto admin = vault.openAdmin();
        UserAdministration(*admin).removeUser(QStringLiteral("bea"));
    }
    REQUIRE_THROWS_AS(vault.open(QStringLiteral("bea"), QStringLiteral("bea passphrase 1")), Error);

    // Even with her old copy put back, the master key it holds is gone.
    const QByteArray currentSlots = test::readAll(layout.keySlots());
    test::writeAll(layout.keySlots(), oldSlots);
    test::writeAll(layout.keySlotsBackup(), oldSlots);
    try {
        vault.open(QStringLiteral("bea"), QStringLiteral("bea passphrase 1"));
        FAIL("the removed user's old slot still opened the vault");
    } catch (const Error& error) {
        CHECK((error.kind() == ErrorKind::Authentication || error.kind() == ErrorKind::Corrupt));
    }
    test::writeAll(layout.keySlots(), currentSlots);
    test::writeAll(layout.keySlotsBackup(), currentSlots);

    // Everyone else, and the recovery key, still get in after rotation.
    auto admin = vault.openAdmin();
    CHECK(admin->audit().verify().intact);
    admin.reset();
    CHECK_NOTHROW(Vault::resetPassphraseWithRecoveryKey(
        vault.directory, test::secret(vault.recoveryKey), QStringLiteral("ana"),
        test::secret(QStringLiteral("after rotation")), test::fastKdf(), vault.clock));
}

TEST_CASE("a rotation interrupted before the re-encryption still leaves a vault that opens")
{
    VaultFixture vault;
    const VaultLayout layout(vault.directory);
    {
        auto admin = vault.openAdmin();
        // The first durable step of a rotation: every slot carries a new key
        // and the current one; then the "crash" before PRAGMA rekey.
        KeySlotStore store(layout);
        KeySlotFile file = store.load().file;
        const SecureBytes unusedNewKey = SecureBytes::random(kMasterKeySize);
        file.resealAll({&unusedNewKey, &admin->masterKey()});
        store.save(file);
    }
    auto admin = vault.openAdmin();
    CHECK(admin->audit().verify().intact);
    // The unused key is forgotten once the vault opens.
    for (const KeySlot& slot : KeySlotStore(layout).load().file.slots)
        CHECK(slot.sealedMasterKeys.size() == 1);
}

TEST_CASE("the last administrator cannot be disabled, removed or demoted")
{
    VaultFixture vault;
    auto admin = vault.openAdmin();
    addUser(*admin, QStringLiteral("other"), {Role::Admin}, QStringLiteral("other passphrase"));
    UserAdministration administration(*admin);
    REQUIRE_THROWS_WITH(administration.disableUser(QStringLiteral("ana")),
                        Catch::Contains("yourself"));
    administration.disableUser(QStringLiteral("other"));
    REQUIRE_THROWS_WITH(administration.setRoles(QStringLiteral("ana"), {Role::Caseworker}),
                        Catch::Contains("last active administrator"));
}

TEST_CASE("changing one's passphrase: the old one stops working, the new one works")
{
    VaultFixture vault;
    {
        auto admin = vault.openAdmin();
        REQUIRE_THROWS_WITH(UserAdministration(*admin).changeOwnPassphrase(
                                test::secret(QStringLiteral("not my passphrase")),
                                test::secret(QStringLiteral("brand new passphrase")),
                                test::fastKdf()),
                            Catch::Contains("current passphrase is wrong"));
        UserAdministration(*admin).changeOwnPassphrase(
            test::secret(vault.adminPassphrase),
            test::secret(QStringLiteral("brand new passphrase")), test::fastKdf());
    }
    REQUIRE_THROWS_AS(vault.openAdmin(), Error);
    CHECK_NOTHROW(vault.open(QStringLiteral("ana"), QStringLiteral("brand new passphrase")));
}

TEST_CASE("user changes are audited with before and after")
{
    VaultFixture vault;
    auto admin = vault.openAdmin();
    addUser(*admin, QStringLiteral("bea"), {Role::Caseworker}, QStringLiteral("bea passphrase 1"));
    UserAdministration(*admin).setRoles(QStringLiteral("bea"), {Role::Caseworker, Role::Auditor});
    const auto entries = admin->audit().latest(1);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == QStringLiteral("user.roles"));
    CHECK(entries[0].changes[0].before == QStringLiteral("caseworker"));
    CHECK(entries[0].changes[0].after == QStringLiteral("caseworker,auditor"));
}
