#include "vault/Vault.h"

#include "TestSupport.h"
#include "auth/UserRepository.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"
#include "vault/VaultLayout.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::VaultFixture;

namespace {

// Writes text that must never be found in plaintext on disk.
void writeMarker(Session& session, const QString& marker)
{
    db::Transaction transaction(session.database());
    session.audit().append(session.actor(), QStringLiteral("note"), QStringLiteral("case"),
                           QStringLiteral("1"),
                           {{QStringLiteral("narrative"), std::nullopt, marker}});
    transaction.commit();
}

ErrorKind openErrorKind(VaultFixture& vault, const QString& login, const QString& passphrase)
{
    try {
        vault.open(login, passphrase);
    } catch (const Error& error) {
        return error.kind();
    }
    FAIL("the vault opened");
    return ErrorKind::Crypto;
}

} // namespace

TEST_CASE("no file of a vault starts with the SQLite header or contains what was written into it")
{
    VaultFixture vault(QStringLiteral("ana.quispe"));
    {
        auto session = vault.openAdmin();
        writeMarker(*session, QStringLiteral("Survivor Zainab Al-Khawaja, Evin prison"));
        UserAdministration(*session).addUser(
            QStringLiteral("dmitri.k"), QStringLiteral("Дмитрий Колесников"),
            {auth::Role::Caseworker}, test::secret(QStringLiteral("пароль надёжный")),
            test::fastKdf());
        // Look while the vault is open too: the WAL must not leak either.
        for (const QString& file : test::filesIn(vault.directory)) {
            const QByteArray bytes = test::readAll(file);
            CHECK_FALSE(bytes.contains("Zainab"));
        }
    }
    const QStringList files = test::filesIn(vault.directory);
    REQUIRE(files.contains(VaultLayout(vault.directory).database()));
    for (const QString& file : files) {
        INFO("file " << file);
        const QByteArray bytes = test::readAll(file);
        CHECK_FALSE(bytes.startsWith("SQLite format 3"));
        CHECK_FALSE(bytes.contains("SQLite format 3"));
        for (const char* needle :
             {"Zainab", "Evin", "ana.quispe", "dmitri", "Ana Lucía", "caseworker"})
            CHECK_FALSE(bytes.contains(needle));
        CHECK_FALSE(bytes.contains(QStringLiteral("Дмитрий").toUtf8()));
        CHECK_FALSE(bytes.contains(QStringLiteral("Ana Lucía Quispe").toUtf8()));
    }
}

TEST_CASE("the right passphrase opens the vault as that user")
{
    VaultFixture vault;
    auto session = vault.openAdmin();
    CHECK(session->user().login == QStringLiteral("ana"));
    CHECK(session->user().roles.has(auth::Role::Admin));
    CHECK(session->audit().verify().intact);
}

TEST_CASE("a wrong passphrase and an unknown user get the same message and open nothing")
{
    VaultFixture vault;
    std::optional<QString> wrongPassphrase, unknownUser;
    try {
        vault.open(QStringLiteral("ana"), QStringLiteral("not the passphrase"));
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Authentication);
        wrongPassphrase = error.message();
    }
    try {
        vault.open(QStringLiteral("nobody"), QStringLiteral("correct horse battery"));
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Authentication);
        unknownUser = error.message();
    }
    REQUIRE(wrongPassphrase);
    CHECK(wrongPassphrase == unknownUser);
    CHECK(wrongPassphrase->contains(QStringLiteral("Wrong user name or passphrase")));
}

TEST_CASE("user names are case-insensitive at login")
{
    VaultFixture vault;
    CHECK(vault.open(QStringLiteral("ANA"), vault.adminPassphrase)->user().login ==
          QStringLiteral("ana"));
}

TEST_CASE("passphrases with quotes, spaces, Arabic and Cyrillic open the vault")
{
    const QString passphrase =
        GENERATE(QStringLiteral("it's \"quoted\" and spaced  out"),
                 QStringLiteral("كلمة المرور السرية"), QStringLiteral("пароль с пробелами"),
                 QStringLiteral("x'00'; PRAGMA key='y'"), QStringLiteral("🔒 emoji 🔑 key"));
    VaultFixture vault(QStringLiteral("ana"), passphrase);
    CHECK(vault.open(QStringLiteral("ana"), passphrase)->user().login == QStringLiteral("ana"));
    CHECK(openErrorKind(vault, QStringLiteral("ana"), passphrase + QLatin1Char('x')) ==
          ErrorKind::Authentication);
}

TEST_CASE("a passphrase typed in decomposed Unicode opens a vault created with the composed form")
{
    const QString composed = QStringLiteral("José María Ñandú");
    VaultFixture vault(QStringLiteral("ana"), composed);
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != composed);
    CHECK_NOTHROW(vault.open(QStringLiteral("ana"), decomposed));
}

TEST_CASE("a short passphrase is refused at creation with the rule named")
{
    test::TempFolder folder;
    NewVault request;
    request.directory = folder.path(QStringLiteral("v"));
    request.adminLogin = QStringLiteral("ana");
    request.passphrase = test::secret(QStringLiteral("short"));
    request.kdf = test::fastKdf();
    REQUIRE_THROWS_WITH(Vault::create(std::move(request), Clock::system()),
                        Catch::Contains("at least 8"));
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("v"))));
}

TEST_CASE("a vault is not created over existing files")
{
    test::TempFolder folder;
    const QString directory = folder.path(QStringLiteral("v"));
    QDir().mkpath(directory);
    test::writeAll(directory + QStringLiteral("/thesis.odt"), "precious");
    NewVault request;
    request.directory = directory;
    request.adminLogin = QStringLiteral("ana");
    request.passphrase = test::secret(QStringLiteral("long enough passphrase"));
    request.kdf = test::fastKdf();
    REQUIRE_THROWS_WITH(Vault::create(std::move(request), Clock::system()),
                        Catch::Contains("not an empty folder"));
    CHECK(test::readAll(directory + QStringLiteral("/thesis.odt")) == "precious");
}

TEST_CASE("opening a folder that is not a vault says so")
{
    test::TempFolder folder;
    REQUIRE_THROWS_WITH(Vault::open(folder.path(QStringLiteral("nothing")), QStringLiteral("ana"),
                                    test::secret(QStringLiteral("whatever long")), Clock::system()),
                        Catch::Contains("no Amparo vault"));
}

TEST_CASE("a key-slot file from another vault is recognised as such")
{
    VaultFixture first(QStringLiteral("ana"), QStringLiteral("same passphrase"));
    VaultFixture second(QStringLiteral("ana"), QStringLiteral("same passphrase"));
    const VaultLayout a(first.directory), b(second.directory);
    test::writeAll(a.keySlots(), test::readAll(b.keySlots()));
    test::writeAll(a.keySlotsBackup(), test::readAll(b.keySlotsBackup()));
    REQUIRE_THROWS_WITH(first.openAdmin(), Catch::Contains("belongs to another vault"));
}

TEST_CASE("every login is audited with the failed attempts since the last one")
{
    VaultFixture vault;
    CHECK(openErrorKind(vault, QStringLiteral("ana"), QStringLiteral("wrong guess one")) ==
          ErrorKind::Authentication);
    CHECK(openErrorKind(vault, QStringLiteral("ana"), QStringLiteral("wrong guess two")) ==
          ErrorKind::Authentication);
    auto session = vault.openAdmin();
    CHECK(session->failedAttemptsBeforeLogin() == 2);
    const auto entries = session->audit().latest(1);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == QStringLiteral("login"));
    REQUIRE(entries[0].changes.size() == 1);
    CHECK(entries[0].changes[0].after == QStringLiteral("2"));
    session.reset();
    // Counted once: the next login starts from zero.
    CHECK(vault.openAdmin()->failedAttemptsBeforeLogin() == 0);
}

TEST_CASE("locking closes the database and refuses further use")
{
    VaultFixture vault;
    auto session = vault.openAdmin();
    session->lock();
    CHECK(session->isLocked());
    CHECK(session->masterKey().isEmpty());
    REQUIRE_THROWS_WITH(session->database(), Catch::Contains("locked"));
    session.reset();
    // The lock itself was audited.
    auto again = vault.openAdmin();
    bool sawLock = false;
    for (const auto& entry : again->audit().latest(3))
        sawLock = sawLock || entry.action == QStringLiteral("lock");
    CHECK(sawLock);
}
