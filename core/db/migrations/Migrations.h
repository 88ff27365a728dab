#pragma once

namespace amparo {
namespace db {

class Database;

// Schema steps that are large enough to live in their own file.
void upgradeToV3(Database& db); // case management

} // namespace db
} // namespace amparo
