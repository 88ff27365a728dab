#pragma once

namespace amparo {
namespace db {

class Database;

// Schema steps that are large enough to live in their own file.
void upgradeToV3(Database& db); // case management
void upgradeToV4(Database& db); // funds, grants and the ledger
void upgradeToV5(Database& db); // drafts kept at lock
void upgradeToV6(Database& db); // covering indexes for the case list
void upgradeToV7(Database& db); // covering indexes for the dashboard

} // namespace db
} // namespace amparo
