#include "TestSupport.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::TempFolder;

namespace {

std::unique_ptr<db::Database> create(const TempFolder& folder, const QString& name)
{
    const SecureBytes key = SecureBytes::random(32);
    return db::Database::open(folder.path(name), key, db::Database::OpenMode::CreateNew);
}

// The schema as SQLite stores it, so two databases can be compared exactly.
QStringList schemaOf(db::Database& database)
{
    QStringList schema;
    db::Statement statement = database.prepare("SELECT type || ' ' || name || ': ' || ifnull(sql, "
                                               "'') FROM sqlite_master ORDER BY type, name");
    while (statement.step())
        schema << statement.text(0);
    return schema;
}

qint64 countRows(db::Database& database, const char* sql)
{
    db::Statement statement = database.prepare(sql);
    statement.step();
    return statement.int64(0);
}

} // namespace

TEST_CASE("migrating from every earlier version gives the same schema as a fresh vault and keeps "
          "the data")
{
    TempFolder folder;
    auto fresh = create(folder, QStringLiteral("fresh.db"));
    db::migrate(*fresh);
    const QStringList expected = schemaOf(*fresh);
    REQUIRE(db::schemaVersion(*fresh) == db::latestSchemaVersion());

    for (int from = 0; from < db::latestSchemaVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            auto old = create(folder, QStringLiteral("v%1.db").arg(from));
            db::migrate(*old, from);
            REQUIRE(db::schemaVersion(*old) == from);
            if (from >= 1) {
                old->execute("INSERT INTO users (login, display_name, status, created_at) "
                             "VALUES ('ana', 'Ana', 'active', '2026-01-01T00:00:00.000Z')");
            }
            db::migrate(*old);
            CHECK(db::schemaVersion(*old) == db::latestSchemaVersion());
            CHECK(schemaOf(*old) == expected);
            CHECK(countRows(*old, "SELECT count(*) FROM users") == (from >= 1 ? 1 : 0));
            CHECK(countRows(*old, "SELECT count(*) FROM settings") ==
                  countRows(*fresh, "SELECT count(*) FROM settings"));
        }
    }
}

TEST_CASE("running the migrations again changes nothing")
{
    TempFolder folder;
    auto database = create(folder, QStringLiteral("t.db"));
    db::migrate(*database);
    const QStringList before = schemaOf(*database);
    const qint64 settings = countRows(*database, "SELECT count(*) FROM settings");
    db::migrate(*database);
    CHECK(schemaOf(*database) == before);
    CHECK(countRows(*database, "SELECT count(*) FROM settings") == settings);
}

TEST_CASE("a vault from a newer Amparo is refused, not misread")
{
    TempFolder folder;
    auto database = create(folder, QStringLiteral("t.db"));
    db::migrate(*database);
    database->execute("UPDATE schema_version SET version = 999");
    try {
        db::migrate(*database);
        FAIL("a newer schema was accepted");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Refused);
        CHECK(error.message().contains(QStringLiteral("newer version of Amparo")));
    }
}
