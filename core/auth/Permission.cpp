#include "auth/Permission.h"

#include "auth/User.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace amparo {
namespace auth {
namespace {

struct PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Permission)
};

using enum Role;

// The policy of PRODUCT §1 in one table. The auditor reads everything and
// changes nothing; only fund managers approve; only finance posts.
RoleSet allowedRoles(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::ManageSettings:
    case Permission::BackupVault:
        return {Admin};
    case Permission::ReadAuditTrail:
        return {Admin, Auditor};
    case Permission::ReadAllCases:
        return {Admin, Auditor};
    case Permission::ReadCases:
        return {Admin, Auditor, Caseworker, FundManager, Finance};
    case Permission::EditCases:
        return {Caseworker};
    case Permission::ExportCases:
        return {Caseworker, FundManager, Admin, Auditor};
    case Permission::RequestGrants:
        return {Caseworker};
    case Permission::ApproveGrants:
        return {FundManager};
    case Permission::RecordLedger:
        return {Finance};
    case Permission::ReadLedger:
        return {Finance, FundManager, Admin, Auditor};
    }
    return {};
}

} // namespace

bool rolesAllow(RoleSet roles, Permission permission)
{
    const RoleSet allowed = allowedRoles(permission);
    for (const Role role : kAllRoles) {
        if (roles.has(role) && allowed.has(role))
            return true;
    }
    return false;
}

QString permissionLabel(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return PermissionText::tr("manage users");
    case Permission::ManageSettings:
        return PermissionText::tr("change settings");
    case Permission::ReadAuditTrail:
        return PermissionText::tr("read the audit trail");
    case Permission::ReadAllCases:
        return PermissionText::tr("read restricted cases");
    case Permission::ReadCases:
        return PermissionText::tr("read cases");
    case Permission::EditCases:
        return PermissionText::tr("edit cases");
    case Permission::ExportCases:
        return PermissionText::tr("export case data");
    case Permission::RequestGrants:
        return PermissionText::tr("request grants");
    case Permission::ApproveGrants:
        return PermissionText::tr("approve grants");
    case Permission::RecordLedger:
        return PermissionText::tr("record ledger entries");
    case Permission::ReadLedger:
        return PermissionText::tr("read the ledger");
    case Permission::BackupVault:
        return PermissionText::tr("back up the vault");
    }
    return {};
}

void requirePermission(const User& user, Permission permission)
{
    if (!user.isActive())
        throw Error(ErrorKind::Refused,
                    PermissionText::tr("The account \"%1\" is disabled.").arg(user.login));
    if (!rolesAllow(user.roles, permission))
        throw Error(ErrorKind::Refused,
                    PermissionText::tr("%1 (%2) is not allowed to %3.")
                        .arg(user.login, user.roles.names().join(QStringLiteral(", ")),
                             permissionLabel(permission)));
}

void requireDifferentPeople(const User& actor, qint64 otherUserId, const QString& act)
{
    if (actor.id == otherUserId)
        throw Error(ErrorKind::Refused,
                    PermissionText::tr("Four-eyes rule: %1 cannot %2 as the same person.")
                        .arg(actor.login, act));
}

} // namespace auth
} // namespace amparo
