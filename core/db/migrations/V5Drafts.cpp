#include "db/Database.h"
#include "db/migrations/Migrations.h"

namespace amparo {
namespace db {

// Version 5: drafts — what a user had typed but not saved when the vault
// locked, kept inside the encrypted database (never in a file of their own)
// until they restore or discard it. One draft per user, kind and subject.
void upgradeToV5(Database& db)
{
    db.execute(R"(CREATE TABLE drafts (
        id       INTEGER PRIMARY KEY,
        user_id  INTEGER NOT NULL REFERENCES users(id),
        kind     TEXT NOT NULL,
        subject  TEXT NOT NULL,
        content  TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        UNIQUE (user_id, kind, subject)))");
}

} // namespace db
} // namespace amparo
