#pragma once

#include "auth/User.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace amparo {
namespace db {
class Database;
class Statement;
} // namespace db
} // namespace amparo

namespace amparo {
namespace auth {

// Users and roles as stored inside the encrypted database. No permission
// checks here: callers (vault/UserAdministration) check before they write.
class UserRepository
{
public:
    explicit UserRepository(db::Database& db) : m_db(db) {}

    std::optional<User> findByLogin(const QString& login) const;
    std::optional<User> findById(qint64 id) const;
    std::vector<User> all() const;
    int countActive() const;

    qint64 insert(const User& user);
    void setStatus(qint64 userId, UserStatus status);
    void setRoles(qint64 userId, RoleSet roles);
    void setLastLogin(qint64 userId, const QDateTime& at);

private:
    using Binder = std::function<void(db::Statement&)>;
    std::vector<User> query(const char* where, const Binder& bind) const;

    db::Database& m_db;
};

} // namespace auth
} // namespace amparo
