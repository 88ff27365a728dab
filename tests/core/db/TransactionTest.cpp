#include "db/Transaction.h"

#include "TestSupport.h"
#include "db/Database.h"
#include "db/Statement.h"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace amparo;
using amparo::test::TempFolder;

namespace {

struct Fixture
{
    Fixture()
    {
        const SecureBytes key = SecureBytes::random(32);
        database = db::Database::open(folder.path(QStringLiteral("t.db")), key,
                                      db::Database::OpenMode::CreateNew);
        database->execute("CREATE TABLE t (v INTEGER)");
    }
    void insert(int value) { database->prepare("INSERT INTO t VALUES (?1)").bind(1, value).run(); }
    qint64 count()
    {
        db::Statement statement = database->prepare("SELECT count(*) FROM t");
        statement.step();
        return statement.int64(0);
    }

    TempFolder folder;
    std::unique_ptr<db::Database> database;
};

} // namespace

TEST_CASE("an exception in the middle of a transaction leaves nothing written")
{
    Fixture f;
    try {
        db::Transaction transaction(*f.database);
        f.insert(1);
        f.insert(2);
        throw std::runtime_error("validation failed half-way");
    } catch (const std::runtime_error&) {
    }
    CHECK(f.count() == 0);
}

TEST_CASE("a nested transaction rolls back alone and the outer one still commits")
{
    Fixture f;
    db::Transaction outer(*f.database);
    f.insert(1);
    {
        db::Transaction inner(*f.database);
        f.insert(2);
        // inner leaves scope without commit
    }
    f.insert(3);
    outer.commit();
    CHECK(f.count() == 2);
}

TEST_CASE("a committed nested transaction is undone when the outer one rolls back")
{
    Fixture f;
    {
        db::Transaction outer(*f.database);
        {
            db::Transaction inner(*f.database);
            f.insert(1);
            inner.commit();
        }
    }
    CHECK(f.count() == 0);
}

TEST_CASE("change notifications run after the outermost commit and never after a rollback")
{
    Fixture f;
    int notified = 0;
    {
        db::Transaction outer(*f.database);
        {
            db::Transaction inner(*f.database);
            f.database->afterCommit([&] { ++notified; });
            inner.commit();
        }
        CHECK(notified == 0); // not yet: the outer transaction is open
        outer.commit();
    }
    CHECK(notified == 1);

    {
        db::Transaction rolledBack(*f.database);
        f.database->afterCommit([&] { ++notified; });
    }
    {
        db::Transaction next(*f.database);
        next.commit();
    }
    CHECK(notified == 1);
}

TEST_CASE("a notification registered in a rolled-back savepoint is dropped")
{
    Fixture f;
    int notified = 0;
    db::Transaction outer(*f.database);
    {
        db::Transaction inner(*f.database);
        f.database->afterCommit([&] { ++notified; });
    }
    outer.commit();
    CHECK(notified == 0);
}
