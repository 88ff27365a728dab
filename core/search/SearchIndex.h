#pragma once

#include <QtGlobal>

namespace amparo {
namespace db {
class Database;
} // namespace db
} // namespace amparo

namespace amparo {
namespace search {

// Keeps the full-text tables in step with the data. Services call it inside
// their transaction, so the index never disagrees with what committed.
class SearchIndex
{
public:
    explicit SearchIndex(db::Database& database) : m_db(database) {}

    // Rebuilds the row of one case from the case, its people and organisations.
    void reindexCase(qint64 caseId);
    // Rebuilds one person's row and the rows of every case they are in.
    void reindexPerson(qint64 personId);
    // Rewrites the indexes so that no deleted text lingers in them (after
    // anonymisation). Costly on a large vault; rare by nature.
    void purgeDeletedTerms();

private:
    db::Database& m_db;
};

} // namespace search
} // namespace amparo
