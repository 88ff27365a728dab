#pragma once

namespace amparo::db {

class Database;

// Schema steps that are large enough to live in their own file.
void upgradeToV3(Database& db); // case management

} // namespace amparo::db
