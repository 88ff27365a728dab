#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3_stmt;

namespace amparo {
namespace db {

// Prepared statements of one connection, kept for reuse: services prepare
// the same SQL on every call, and SQLite's parsing and planning cost more
// than running most of them (docs/PERFORMANCE.md). A Statement takes one
// from here when its SQL was prepared before and gives it back, reset and
// with its bindings cleared, when it is destroyed. Owned by Database, which
// finalises everything before it closes the connection.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A reset statement for exactly this SQL, or nullptr.
    sqlite3_stmt* take(std::string_view sql);
    // Keeps `statement` (already reset) for its SQL, or finalises it when full.
    void give(std::string_view sql, sqlite3_stmt* statement);
    void clear();

private:
    // Enough for every statement the services use, including the variants
    // with a user id written into the need-to-know condition; SQL built from
    // many filters beyond that is finalised instead of kept.
    static constexpr std::size_t kMostTexts = 512;
    static constexpr std::size_t kMostPerText = 4; // statements alive at once for one SQL

    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> m_statements;
};

} // namespace db
} // namespace amparo
