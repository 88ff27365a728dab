#include "db/Statement.h"

#include "TestSupport.h"
#include "db/Database.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::TempFolder;

namespace {

std::unique_ptr<db::Database> freshDatabase(const TempFolder& folder)
{
    const SecureBytes key = SecureBytes::random(32);
    return db::Database::open(folder.path(QStringLiteral("t.db")), key,
                              db::Database::OpenMode::CreateNew);
}

} // namespace

TEST_CASE("a statement followed by a second statement is refused")
{
    TempFolder folder;
    auto database = freshDatabase(folder);
    database->execute("CREATE TABLE people (name TEXT)");
    try {
        database->prepare("INSERT INTO people VALUES ('x'); DROP TABLE people");
        FAIL("the trailing statement was accepted");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Invalid);
        CHECK(error.message().contains(QStringLiteral("More than one SQL statement")));
    }
    // The table is still there: nothing of the refused text ran.
    db::Statement count = database->prepare("SELECT count(*) FROM people");
    REQUIRE(count.step());
    CHECK(count.int64(0) == 0);
}

TEST_CASE("a trailing semicolon and whitespace are fine")
{
    TempFolder folder;
    auto database = freshDatabase(folder);
    CHECK_NOTHROW(database->execute("CREATE TABLE t (x INTEGER);  \n"));
}

TEST_CASE("a parameter left unbound is an error, not a silent NULL")
{
    TempFolder folder;
    auto database = freshDatabase(folder);
    database->execute("CREATE TABLE t (a TEXT, b TEXT)");
    db::Statement insert = database->prepare("INSERT INTO t VALUES (?1, ?2)");
    insert.bind(1, QStringLiteral("only the first"));
    REQUIRE_THROWS_WITH(insert.run(), Catch::Contains("Parameter 2"));
    db::Statement count = database->prepare("SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.int64(0) == 0);
}

TEST_CASE("text with quotes, HTML and SQL round-trips literally through bindings")
{
    TempFolder folder;
    auto database = freshDatabase(folder);
    database->execute("CREATE TABLE t (v TEXT)");
    const QString hostile = QStringLiteral("Robert'); DROP TABLE t;-- <b>bold</b> \"q\" عربى Юлия");
    db::Statement insert = database->prepare("INSERT INTO t VALUES (?1)");
    insert.bind(1, hostile).run();
    db::Statement select = database->prepare("SELECT v FROM t");
    REQUIRE(select.step());
    CHECK(select.text(0) == hostile);
}

TEST_CASE("a syntax error names the statement and SQLite's reason")
{
    TempFolder folder;
    auto database = freshDatabase(folder);
    REQUIRE_THROWS_WITH(database->prepare("SELEC 1"),
                        Catch::Contains("SELEC 1") && Catch::Contains("syntax error"));
}

TEST_CASE("a constraint violation is reported with SQLite's message")
{
    TempFolder folder;
    auto database = freshDatabase(folder);
    database->execute("CREATE TABLE t (v TEXT NOT NULL UNIQUE)");
    database->prepare("INSERT INTO t VALUES ('a')").run();
    db::Statement again = database->prepare("INSERT INTO t VALUES ('a')");
    REQUIRE_THROWS_WITH(again.run(), Catch::Contains("UNIQUE"));
}
