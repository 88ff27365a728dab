#include "TestSupport.h"
#include "db/Database.h"
#include "db/Sqlite.h"
#include "db/Statement.h"
#include "util/Error.h"
#include "version/BuildInfo.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::TempFolder;

TEST_CASE("every open proves SQLCipher is active and applies the durability settings")
{
    TempFolder folder;
    const SecureBytes key = SecureBytes::random(32);
    auto database = db::Database::open(folder.path(QStringLiteral("t.db")), key,
                                       db::Database::OpenMode::CreateNew);
    CHECK(database->cipherVersion().startsWith(QStringLiteral("3.")));
    // The version shown in About and `info` is the one actually in use.
    CHECK(sqlcipherVersion() == database->cipherVersion());
    auto pragma = [&](const char* sql) {
        db::Statement statement = database->prepare(sql);
        REQUIRE(statement.step());
        return statement.text(0);
    };
    CHECK(pragma("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(pragma("PRAGMA synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma("PRAGMA foreign_keys") == QStringLiteral("1"));
    CHECK(pragma("PRAGMA secure_delete") == QStringLiteral("1"));
}

TEST_CASE("the database file cannot be read as plain SQLite, nor with another key")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    const SecureBytes key = SecureBytes::random(32);
    {
        auto database = db::Database::open(path, key, db::Database::OpenMode::CreateNew);
        database->execute("CREATE TABLE secrets (v TEXT)");
        database->prepare("INSERT INTO secrets VALUES (?1)")
            .bind(1, QStringLiteral("Nasrin Sotoudeh"))
            .run();
        database->checkpoint();
    }
    const QByteArray bytes = test::readAll(path);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains("Nasrin"));
    CHECK_FALSE(bytes.contains("secrets"));

    // Plain SQLite (no key) sees no database.
    sqlite3* plain = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &plain, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    const int rc =
        sqlite3_exec(plain, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    sqlite3_close(plain);
    CHECK(rc == SQLITE_NOTADB);

    const SecureBytes otherKey = SecureBytes::random(32);
    try {
        db::Database::open(path, otherKey, db::Database::OpenMode::OpenExisting);
        FAIL("another key opened the database");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Authentication);
    }
    // The right key still reads it.
    auto database = db::Database::open(path, key, db::Database::OpenMode::OpenExisting);
    db::Statement select = database->prepare("SELECT v FROM secrets");
    REQUIRE(select.step());
    CHECK(select.text(0) == QStringLiteral("Nasrin Sotoudeh"));
}

TEST_CASE("rekey re-encrypts: the old key stops working and the new one reads the data")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    const SecureBytes oldKey = SecureBytes::random(32);
    const SecureBytes newKey = SecureBytes::random(32);
    {
        auto database = db::Database::open(path, oldKey, db::Database::OpenMode::CreateNew);
        database->execute("CREATE TABLE t (v TEXT)");
        database->prepare("INSERT INTO t VALUES (?1)").bind(1, QStringLiteral("kept")).run();
        database->rekey(newKey);
        database->checkpoint();
    }
    REQUIRE_THROWS_AS(db::Database::open(path, oldKey, db::Database::OpenMode::OpenExisting),
                      Error);
    auto database = db::Database::open(path, newKey, db::Database::OpenMode::OpenExisting);
    db::Statement select = database->prepare("SELECT v FROM t");
    REQUIRE(select.step());
    CHECK(select.text(0) == QStringLiteral("kept"));
}

TEST_CASE("opening a missing database or creating over an existing one is refused clearly")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("t.db"));
    const SecureBytes key = SecureBytes::random(32);
    REQUIRE_THROWS_WITH(db::Database::open(path, key, db::Database::OpenMode::OpenExisting),
                        Catch::Contains("No database"));
    db::Database::open(path, key, db::Database::OpenMode::CreateNew);
    REQUIRE_THROWS_WITH(db::Database::open(path, key, db::Database::OpenMode::CreateNew),
                        Catch::Contains("already exists"));
}
