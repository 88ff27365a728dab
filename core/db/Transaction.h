#pragma once

#include <cstddef>

namespace amparo {
namespace db {

class Database;

// A unit of work. The outermost one is BEGIN IMMEDIATE … COMMIT (taking the
// write lock at once, so two writers never deadlock half-way); nested ones are
// savepoints. Leaving scope without commit() rolls back: an exception in the
// middle of a service call leaves nothing half-written.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    void rollback() noexcept;

    Database& m_db;
    int m_level = 0;
    std::size_t m_callbacksBefore = 0;
    bool m_open = true;
};

} // namespace db
} // namespace amparo
