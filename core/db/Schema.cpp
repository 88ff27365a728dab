#include "db/Schema.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "db/migrations/Migrations.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <array>
#include <string_view>

namespace amparo {
namespace db {
namespace {

struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Schema)
};

// Version 1: the vault itself — identity, users and their roles, and the
// hash-chained audit trail, which triggers keep append-only.
void upgradeToV1(Database& db)
{
    db.execute(R"(CREATE TABLE vault_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value BLOB NOT NULL))");
    db.execute(R"(CREATE TABLE users (
        id            INTEGER PRIMARY KEY,
        login         TEXT NOT NULL UNIQUE,
        display_name  TEXT NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('active', 'disabled', 'removed')),
        created_at    TEXT NOT NULL,
        last_login_at TEXT))");
    db.execute(R"(CREATE TABLE user_roles (
        user_id INTEGER NOT NULL REFERENCES users(id),
        role    TEXT NOT NULL CHECK (role IN ('admin', 'caseworker', 'fund_manager', 'finance', 'auditor')),
        PRIMARY KEY (user_id, role)) WITHOUT ROWID)");
    db.execute(R"(CREATE TABLE audit_log (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        user_id     INTEGER,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        details     TEXT NOT NULL,
        prev_hash   BLOB NOT NULL,
        hash        BLOB NOT NULL))");
    db.execute(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)");
    db.execute(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)");
}

// Version 2: organisation-wide settings with their defaults, and the index
// that lets a record's history tab find its audit entries quickly.
void upgradeToV2(Database& db)
{
    db.execute(R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))");
    db.execute(R"(INSERT INTO settings (key, value) VALUES
        ('case_reference_prefix', 'AMP'),
        ('auto_lock_minutes', '10'),
        ('approval_threshold_minor', '500000'),
        ('attachment_max_bytes', '26214400'))");
    db.execute("CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)");
}

using Step = void (*)(Database&);
constexpr std::array<Step, 7> kSteps = {&upgradeToV1, &upgradeToV2, &upgradeToV3, &upgradeToV4,
                                        &upgradeToV5, &upgradeToV6, &upgradeToV7};

void ensureVersionTable(Database& db)
{
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    Statement count = db.prepare("SELECT count(*) FROM schema_version");
    count.step();
    if (count.int64(0) == 0)
        db.execute("INSERT INTO schema_version (version) VALUES (0)");
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(kSteps.size());
}

int schemaVersion(Database& db)
{
    Statement exists = db.prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    exists.step();
    if (exists.int64(0) == 0)
        return 0;
    Statement version = db.prepare("SELECT version FROM schema_version");
    return version.step() ? version.integer(0) : 0;
}

void migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0 || targetVersion > latestSchemaVersion())
        throw Error(ErrorKind::Invalid,
                    SchemaText::tr("Unknown schema version %1.").arg(targetVersion));
    {
        Transaction transaction(db);
        ensureVersionTable(db);
        transaction.commit();
    }
    const int current = schemaVersion(db);
    if (current > latestSchemaVersion())
        throw Error(
            ErrorKind::Refused,
            SchemaText::tr("This vault was written by a newer version of Amparo (schema %1; "
                           "this version knows up to %2). Update Amparo to open it.")
                .arg(current)
                .arg(latestSchemaVersion()));
    for (int version = current + 1; version <= targetVersion; ++version) {
        Transaction transaction(db);
        // Re-read inside the transaction: another process may have migrated
        // between our check and our write lock.
        if (schemaVersion(db) >= version)
            continue;
        kSteps[static_cast<std::size_t>(version - 1)](db);
        Statement update = db.prepare("UPDATE schema_version SET version = ?1");
        update.bind(1, version).run();
        transaction.commit();
    }
}

} // namespace db
} // namespace amparo
