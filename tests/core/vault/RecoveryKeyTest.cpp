#include "vault/RecoveryKey.h"

#include "TestSupport.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::VaultFixture;

namespace {

QString text(const SecureBytes& bytes)
{
    return QString::fromLatin1(bytes.chars(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

TEST_CASE("a recovery key prints as eight groups of four unambiguous characters")
{
    const QString key = text(formatRecoveryKey(generateRecoveryKey()));
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"))
              .match(key)
              .hasMatch());
    CHECK(text(formatRecoveryKey(generateRecoveryKey())) != key);
}

TEST_CASE("a recovery key read back forgives case, spaces and look-alike characters")
{
    const SecureBytes canonical = generateRecoveryKey();
    QString typed = text(formatRecoveryKey(canonical)).toLower();
    typed.replace(QLatin1Char('-'), QStringLiteral("  "));
    typed.replace(QLatin1Char('0'), QLatin1Char('o'));
    typed.replace(QLatin1Char('1'), QLatin1Char('l'));
    QByteArray typedBytes = typed.toLatin1();
    CHECK(normalizeRecoveryKey(SecureBytes::takeFrom(typedBytes)).equals(canonical));
}

TEST_CASE("a malformed recovery key is refused with the reason")
{
    QByteArray tooShort("ABCD-EFGH");
    REQUIRE_THROWS_WITH(normalizeRecoveryKey(SecureBytes::takeFrom(tooShort)),
                        Catch::Contains("too short"));
    QByteArray badCharacter("ABCD-EFGH-ABCD-EFGH-ABCD-EFGH-ABCD-EFG!");
    REQUIRE_THROWS_WITH(normalizeRecoveryKey(SecureBytes::takeFrom(badCharacter)),
                        Catch::Contains("not part"));
}

TEST_CASE("the recovery key gives a user a new passphrase when theirs is lost")
{
    VaultFixture vault;
    auto session = Vault::resetPassphraseWithRecoveryKey(
        vault.directory, test::secret(vault.recoveryKey.toLower()), QStringLiteral("ana"),
        test::secret(QStringLiteral("a fresh passphrase")), test::fastKdf(), vault.clock);
    CHECK(session->user().login == QStringLiteral("ana"));
    bool audited = false;
    for (const auto& entry : session->audit().latest(5))
        audited = audited || entry.action == QStringLiteral("user.passphrase_reset");
    CHECK(audited);
    session.reset();
    REQUIRE_THROWS_AS(vault.openAdmin(), Error);
    CHECK_NOTHROW(vault.open(QStringLiteral("ana"), QStringLiteral("a fresh passphrase")));
}

TEST_CASE("a wrong recovery key opens nothing and changes nothing")
{
    VaultFixture vault;
    const QString wrong = text(formatRecoveryKey(generateRecoveryKey()));
    try {
        Vault::resetPassphraseWithRecoveryKey(
            vault.directory, test::secret(wrong), QStringLiteral("ana"),
            test::secret(QStringLiteral("a fresh passphrase")), test::fastKdf(), vault.clock);
        FAIL("a wrong recovery key was accepted");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Authentication);
        CHECK(error.message().contains(QStringLiteral("recovery key")));
    }
    CHECK_NOTHROW(vault.openAdmin());
}
