#include "db/StatementCache.h"

#include "db/Sqlite.h"

namespace amparo {
namespace db {

StatementCache::~StatementCache()
{
    clear();
}

sqlite3_stmt* StatementCache::take(std::string_view sql)
{
    const auto found = m_statements.find(std::string(sql));
    if (found == m_statements.end() || found->second.empty())
        return nullptr;
    sqlite3_stmt* statement = found->second.back();
    found->second.pop_back();
    return statement;
}

void StatementCache::give(std::string_view sql, sqlite3_stmt* statement)
{
    std::vector<sqlite3_stmt*>* kept = nullptr;
    if (const auto found = m_statements.find(std::string(sql)); found != m_statements.end())
        kept = &found->second;
    else if (m_statements.size() < kMostTexts)
        kept = &m_statements[std::string(sql)];
    if (!kept || kept->size() >= kMostPerText) {
        sqlite3_finalize(statement);
        return;
    }
    kept->push_back(statement);
}

void StatementCache::clear()
{
    for (auto& [sql, statements] : m_statements)
        for (sqlite3_stmt* statement : statements)
            sqlite3_finalize(statement);
    m_statements.clear();
}

} // namespace db
} // namespace amparo
