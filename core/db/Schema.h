#pragma once

namespace amparo {
namespace db {

class Database;

// The schema ladder: version N is reached from N-1 by exactly one step, each
// step in its own transaction. Running migrate() again is a no-op; a vault
// written by a newer Amparo is refused rather than misread.
int latestSchemaVersion();
int schemaVersion(Database& db);
void migrate(Database& db, int targetVersion = latestSchemaVersion());

} // namespace db
} // namespace amparo
