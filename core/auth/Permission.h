#pragma once

#include "auth/Role.h"

#include <QString>

namespace amparo {
namespace auth {

struct User;

// What an act needs. Services name the permission they require; the mapping
// from roles to permissions lives in one table (Permission.cpp) so that the
// whole policy can be read — and tested — in one place.
enum class Permission
{
    ManageUsers,    // add, disable, remove users; reset roles
    ManageSettings, // organisation settings, funds, key rotation
    ReadAuditTrail, // the audit trail and its verification
    ReadAllCases,   // every case, restricted ones included
    ReadCases,      // unrestricted cases and restricted ones assigned to the user
    EditCases,      // cases, people, violations, interventions, assistance
    ExportCases,    // PDF and CSV exports of case data
    RequestGrants,  // draft and submit grant requests
    ApproveGrants,  // approve, reject, return (never one's own request)
    RecordLedger,   // disbursements, refunds, receipts, reversals, period locks
    ReadLedger,     // funds, positions, journal
    BackupVault,    // write an encrypted backup
};

bool rolesAllow(RoleSet roles, Permission permission);
QString permissionLabel(Permission permission);

// Throws Error(Refused) naming the user and the act when the user's roles do
// not allow it, or when the user is not active.
void requirePermission(const User& user, Permission permission);

// Separation of duties: the same person may not do both halves of an act
// (request and approve, approve twice). Throws Error(Refused) with `act` named.
void requireDifferentPeople(const User& actor, qint64 otherUserId, const QString& act);

} // namespace auth
} // namespace amparo
