#include "db/Transaction.h"

#include "db/Database.h"

#include <string>
#include <utility>

namespace amparo {
namespace db {
namespace {

std::string savepointName(int level)
{
    return "amparo_sp_" + std::to_string(level);
}

} // namespace

Transaction::Transaction(Database& db)
    : m_db(db), m_level(db.m_transactionDepth), m_callbacksBefore(db.m_afterCommit.size())
{
    if (m_level == 0)
        m_db.execute("BEGIN IMMEDIATE");
    else
        m_db.execute("SAVEPOINT " + savepointName(m_level));
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

void Transaction::commit()
{
    if (m_level == 0) {
        m_db.execute("COMMIT");
    } else {
        m_db.execute("RELEASE " + savepointName(m_level));
    }
    m_open = false;
    --m_db.m_transactionDepth;
    if (m_level == 0) {
        auto callbacks = std::exchange(m_db.m_afterCommit, {});
        // The data is committed: a failing listener must not make it look
        // otherwise, nor keep the others from hearing of it.
        for (auto& callback : callbacks) {
            try {
                callback();
            } catch (...) {
            }
        }
    }
}

void Transaction::rollback() noexcept
{
    m_open = false;
    --m_db.m_transactionDepth;
    try {
        if (m_level == 0) {
            m_db.execute("ROLLBACK");
            m_db.m_afterCommit.clear();
        } else {
            m_db.m_afterCommit.resize(m_callbacksBefore);
            m_db.execute("ROLLBACK TO " + savepointName(m_level));
            m_db.execute("RELEASE " + savepointName(m_level));
        }
    } catch (...) {
        // A failed rollback leaves SQLite to roll back on close; there is
        // nothing more useful a destructor can do.
    }
}

} // namespace db
} // namespace amparo
