#include "auth/UserRepository.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "util/Clock.h"

#include <string>

namespace amparo {
namespace auth {
namespace {

RoleSet rolesOf(db::Database& db, qint64 userId)
{
    RoleSet roles;
    db::Statement statement = db.prepare("SELECT role FROM user_roles WHERE user_id = ?1");
    statement.bind(1, userId);
    while (statement.step()) {
        if (const auto role = parseRole(statement.text(0)))
            roles.add(*role);
    }
    return roles;
}

} // namespace

std::vector<User> UserRepository::query(const char* where, const Binder& bind) const
{
    std::string sql =
        "SELECT id, login, display_name, status, created_at, last_login_at FROM users ";
    sql += where;
    sql += " ORDER BY login";
    db::Statement statement = m_db.prepare(sql);
    if (bind)
        bind(statement);
    std::vector<User> users;
    while (statement.step()) {
        User user;
        user.id = statement.int64(0);
        user.login = statement.text(1);
        user.displayName = statement.text(2);
        user.status = parseUserStatus(statement.text(3)).value_or(UserStatus::Disabled);
        user.createdAt = QDateTime::fromString(statement.text(4), Qt::ISODateWithMs);
        if (const auto last = statement.optionalText(5))
            user.lastLoginAt = QDateTime::fromString(*last, Qt::ISODateWithMs);
        users.push_back(std::move(user));
    }
    for (User& user : users)
        user.roles = rolesOf(m_db, user.id);
    return users;
}

std::optional<User> UserRepository::findByLogin(const QString& login) const
{
    auto users = query("WHERE login = ?1", [&](db::Statement& s) { s.bind(1, login); });
    if (users.empty())
        return std::nullopt;
    return std::move(users.front());
}

std::optional<User> UserRepository::findById(qint64 id) const
{
    auto users = query("WHERE id = ?1", [&](db::Statement& s) { s.bind(1, id); });
    if (users.empty())
        return std::nullopt;
    return std::move(users.front());
}

std::vector<User> UserRepository::all() const
{
    return query("", {});
}

int UserRepository::countActive() const
{
    db::Statement statement = m_db.prepare("SELECT count(*) FROM users WHERE status = 'active'");
    statement.step();
    return statement.integer(0);
}

qint64 UserRepository::insert(const User& user)
{
    db::Statement statement = m_db.prepare(
        "INSERT INTO users (login, display_name, status, created_at) VALUES (?1, ?2, ?3, ?4)");
    statement.bind(1, user.login)
        .bind(2, user.displayName)
        .bind(3, userStatusName(user.status))
        .bind(4, toStoredTimestamp(user.createdAt))
        .run();
    const qint64 id = m_db.lastInsertRowId();
    setRoles(id, user.roles);
    return id;
}

void UserRepository::setStatus(qint64 userId, UserStatus status)
{
    db::Statement statement = m_db.prepare("UPDATE users SET status = ?1 WHERE id = ?2");
    statement.bind(1, userStatusName(status)).bind(2, userId).run();
}

void UserRepository::setRoles(qint64 userId, RoleSet roles)
{
    db::Statement remove = m_db.prepare("DELETE FROM user_roles WHERE user_id = ?1");
    remove.bind(1, userId).run();
    db::Statement insert = m_db.prepare("INSERT INTO user_roles (user_id, role) VALUES (?1, ?2)");
    for (const QString& name : roles.names()) {
        insert.bind(1, userId).bind(2, name).run();
        insert.reset();
    }
}

void UserRepository::setLastLogin(qint64 userId, const QDateTime& at)
{
    db::Statement statement = m_db.prepare("UPDATE users SET last_login_at = ?1 WHERE id = ?2");
    statement.bind(1, toStoredTimestamp(at)).bind(2, userId).run();
}

} // namespace auth
} // namespace amparo
