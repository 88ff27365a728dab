#pragma once

#include "audit/AuditEntry.h"

#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace amparo {
class Session;
}

namespace amparo {
namespace audit {

// What an administrator or auditor looks for in the trail. Every part is
// optional; together they narrow the entries.
struct AuditFilter
{
    QString actor;                  // a login as recorded, exactly
    QString entityType;             // the kind of record ("case", "user" …)
    QString action;                 // the act ("case.update" …)
    std::optional<QDateTime> from;  // inclusive
    std::optional<QDateTime> until; // exclusive
    QString text; // found in the act, the record's id, the login or the field changes
};

// The newest entries matching `filter`, at most `limit`, newest first.
// Reading the trail needs Permission::ReadAuditTrail; throws Error(Refused).
std::vector<AuditEntry> findEntries(Session& session, const AuditFilter& filter, int limit);
// How many entries match, to say "500 of 12,345 shown".
qint64 countEntries(Session& session, const AuditFilter& filter);

// The values present in the trail, sorted, to offer as filter choices.
QStringList recordedActors(Session& session);
QStringList recordedEntityTypes(Session& session);
QStringList recordedActions(Session& session);

} // namespace audit
} // namespace amparo
