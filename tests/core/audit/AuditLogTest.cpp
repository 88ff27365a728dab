#include "audit/AuditLog.h"

#include "TestSupport.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace std::chrono_literals;

namespace {

struct Fixture
{
    Fixture()
    {
        const SecureBytes key = SecureBytes::random(32);
        database = db::Database::open(folder.path(QStringLiteral("a.db")), key,
                                      db::Database::OpenMode::CreateNew);
        db::migrate(*database);
        log = std::make_unique<audit::AuditLog>(*database, clock);
        const audit::Actor ana{1, QStringLiteral("ana")};
        for (int i = 1; i <= 5; ++i) {
            clock.advance(60s);
            log->append(ana, QStringLiteral("case.update"), QStringLiteral("case"),
                        QString::number(i),
                        {{QStringLiteral("title"), QStringLiteral("old %1").arg(i),
                          QStringLiteral("new %1").arg(i)}});
        }
    }
    // Tampering as an attacker with the key would: straight SQL, triggers removed.
    void tamper(const char* sql)
    {
        database->execute("DROP TRIGGER IF EXISTS audit_log_no_update");
        database->execute("DROP TRIGGER IF EXISTS audit_log_no_delete");
        database->execute(sql);
    }

    test::TempFolder folder;
    test::ManualClock clock;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<audit::AuditLog> log;
};

} // namespace

TEST_CASE("an untouched audit trail verifies")
{
    Fixture f;
    const auto result = f.log->verify();
    CHECK(result.intact);
    CHECK(result.entries == 5);
    CHECK(result.headHash.size() == 32);
}

TEST_CASE("entries keep who, when, what and the field-level before and after")
{
    Fixture f;
    const auto entries = f.log->entriesFor(QStringLiteral("case"), QStringLiteral("3"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].actor == QStringLiteral("ana"));
    CHECK(entries[0].action == QStringLiteral("case.update"));
    CHECK(entries[0].at == QDateTime(QDate(2026, 3, 14), QTime(9, 33), Qt::UTC));
    REQUIRE(entries[0].changes.size() == 1);
    CHECK(entries[0].changes[0].before == QStringLiteral("old 3"));
    CHECK(entries[0].changes[0].after == QStringLiteral("new 3"));
}

TEST_CASE("the database itself refuses to update or delete audit entries")
{
    Fixture f;
    REQUIRE_THROWS_WITH(f.database->execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"),
                        Catch::Contains("append-only"));
    REQUIRE_THROWS_WITH(f.database->execute("DELETE FROM audit_log WHERE seq = 2"),
                        Catch::Contains("append-only"));
}

TEST_CASE("a modified entry is detected and named")
{
    Fixture f;
    f.tamper("UPDATE audit_log SET details = replace(details, 'new 3', 'forged') WHERE seq = 3");
    const auto result = f.log->verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBadSeq == 3);
    CHECK(result.problem.contains(QStringLiteral("entry #3")));
    CHECK(result.problem.contains(QStringLiteral("modified")));
}

TEST_CASE("a changed actor or timestamp is detected")
{
    Fixture f;
    f.tamper("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 4");
    CHECK(f.log->verify().firstBadSeq == 4);
}

TEST_CASE("a deleted entry is detected")
{
    Fixture f;
    f.tamper("DELETE FROM audit_log WHERE seq = 2");
    const auto result = f.log->verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBadSeq == 2);
    CHECK(result.problem.contains(QStringLiteral("missing")));
}

TEST_CASE("an inserted entry is detected even when the numbering is patched up")
{
    Fixture f;
    // Shift entries 3..5 up and insert a forged #3 with a self-consistent hash.
    f.tamper("UPDATE audit_log SET seq = seq + 10 WHERE seq >= 3");
    f.database->execute("UPDATE audit_log SET seq = seq - 9 WHERE seq >= 13");
    f.database->execute(
        "INSERT INTO audit_log (seq, at, user_id, actor, action, entity_type, entity_id, details, "
        "prev_hash, hash) SELECT 3, at, user_id, 'mallory', action, entity_type, entity_id, "
        "details, "
        "hash, hash FROM audit_log WHERE seq = 2");
    const auto result = f.log->verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBadSeq <= 4);
}

TEST_CASE("reordered entries are detected")
{
    Fixture f;
    f.tamper("UPDATE audit_log SET seq = 100 WHERE seq = 2");
    f.database->execute("UPDATE audit_log SET seq = 2 WHERE seq = 3");
    f.database->execute("UPDATE audit_log SET seq = 3 WHERE seq = 100");
    const auto result = f.log->verify();
    CHECK_FALSE(result.intact);
    CHECK(result.firstBadSeq == 2);
}

TEST_CASE("an audit entry written in a rolled-back transaction vanishes with it")
{
    Fixture f;
    {
        db::Transaction transaction(*f.database);
        f.log->append({1, QStringLiteral("ana")}, QStringLiteral("case.delete"),
                      QStringLiteral("case"), QStringLiteral("9"));
    }
    CHECK(f.log->count() == 5);
    CHECK(f.log->verify().intact);
}
