#include "auth/Role.h"

#include "util/Error.h"

#include <QCoreApplication>

namespace amparo {
namespace auth {
namespace {

struct RoleText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Role)
};

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Caseworker:
        return QStringLiteral("caseworker");
    case Role::FundManager:
        return QStringLiteral("fund_manager");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> parseRole(const QString& name)
{
    for (const Role role : kAllRoles) {
        if (roleName(role) == name.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Admin:
        return RoleText::tr("Administrator");
    case Role::Caseworker:
        return RoleText::tr("Caseworker");
    case Role::FundManager:
        return RoleText::tr("Fund manager");
    case Role::Finance:
        return RoleText::tr("Finance officer");
    case Role::Auditor:
        return RoleText::tr("Auditor");
    }
    return {};
}

RoleSet::RoleSet(std::initializer_list<Role> roles)
{
    for (const Role role : roles)
        add(role);
}

QStringList RoleSet::names() const
{
    QStringList result;
    for (const Role role : kAllRoles) {
        if (has(role))
            result << roleName(role);
    }
    return result;
}

RoleSet RoleSet::parse(const QString& commaSeparated)
{
    RoleSet roles;
    const QStringList parts = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const auto role = parseRole(part);
        if (!role)
            throw Error(ErrorKind::Invalid,
                        RoleText::tr("Unknown role \"%1\"; the roles are admin, caseworker, "
                                     "fund_manager, finance and auditor.")
                            .arg(part.trimmed()));
        roles.add(*role);
    }
    if (roles.isEmpty())
        throw Error(ErrorKind::Invalid, RoleText::tr("At least one role is needed."));
    return roles;
}

} // namespace auth
} // namespace amparo
