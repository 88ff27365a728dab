#pragma once

#include "auth/Role.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace amparo {
namespace auth {

enum class UserStatus
{
    Active,
    Disabled, // cannot open the vault; can be enabled again
    Removed,  // key slot gone and master key rotated; kept for the audit trail
};

QString userStatusName(UserStatus status);
std::optional<UserStatus> parseUserStatus(const QString& name);

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    RoleSet roles;
    UserStatus status = UserStatus::Active;
    QDateTime createdAt;
    std::optional<QDateTime> lastLoginAt;

    bool isActive() const { return status == UserStatus::Active; }
};

// Login names are the key of a user's slot: lower-case ASCII letters, digits,
// '.', '_' and '-', 2 to 64 characters. Returns the normalised form or throws
// Error(Invalid) naming the rule.
QString normalizeLogin(const QString& login);

} // namespace auth
} // namespace amparo
