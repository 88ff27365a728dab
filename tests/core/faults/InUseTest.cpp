#include "ChildProcess.h"
#include "TestSupport.h"
#include "util/Error.h"
#include "vault/KeySlot.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

// The Error that opening the vault as its administrator throws, if any.
std::optional<Error> openingError(VaultFixture& vault)
{
    try {
        vault.openAdmin();
    } catch (const Error& error) {
        return error;
    }
    return std::nullopt;
}

// Another Amparo process with the vault open until the test says "close";
// it answers "closed" and then waits for "exit".
QByteArray holdVaultOpen(VaultFixture& vault, ChildProcess& self)
{
    auto session = vault.openAdmin();
    self.send("open");
    self.receive();
    session.reset();
    self.send("closed");
    self.receive();
    return {};
}

} // namespace

TEST_CASE("a vault open in another Amparo process is refused with a clear message until it closes")
{
    VaultFixture vault;
    ChildProcess other([&](ChildProcess& self) { return holdVaultOpen(vault, self); });
    REQUIRE(other.receive() == "open");

    const auto refused = openingError(vault);
    REQUIRE(refused);
    CHECK(refused->kind() == ErrorKind::Refused);
    CHECK(refused->message().contains(
        QStringLiteral("This vault is open in another Amparo window or program. Close it there "
                       "first")));
    // Resetting a passphrase with the recovery key (which writes the key
    // slots) is refused the same way.
    try {
        Vault::resetPassphraseWithRecoveryKey(
            vault.directory, secret(vault.recoveryKey), vault.admin,
            secret(QStringLiteral("a brand new passphrase")), fastKdf(), vault.clock);
        FAIL("the reset went ahead while another process had the vault open");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Refused);
        CHECK(error.message().contains(QStringLiteral("open in another Amparo window")));
    }

    // Locked in the other process (which keeps running): the vault is free.
    other.send("close");
    REQUIRE(other.receive() == "closed");
    auto session = vault.openAdmin();
    // Being refused was no failed login.
    CHECK(session->failedAttemptsBeforeLogin() == 0);
    other.send("exit");
    other.finish();
}

TEST_CASE("sessions of one vault in one process share it, and free it when the last one closes")
{
    VaultFixture vault;
    auto first = vault.openAdmin();
    auto second = vault.openAdmin();
    first.reset();
    // The second session still holds the vault for this process.
    CHECK(second->user().login == vault.admin);
    {
        ChildProcess other([&](ChildProcess&) -> QByteArray {
            const auto refused = openingError(vault);
            return refused ? refused->message().toUtf8() : QByteArray("opened");
        });
        CHECK(other.finish().contains("open in another Amparo window or program"));
    }
    second->lock();
    ChildProcess other([&](ChildProcess&) -> QByteArray {
        const auto refused = openingError(vault);
        return refused ? refused->message().toUtf8() : QByteArray("opened");
    });
    CHECK(other.finish() == "opened");
}
