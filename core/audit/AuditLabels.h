#pragma once

#include "audit/AuditEntry.h"

#include <QString>
#include <QStringList>

namespace amparo {
class Session;
}

namespace amparo {
namespace audit {

// The audit trail stores stable names ("case.transition", "ledger_transaction");
// people read these translated labels instead. A name this build does not
// know (written by a newer version) is shown as it is stored.
QString actionLabel(const QString& action);
QString entityTypeLabel(const QString& entityType);

// "status: open → closed", "title: Detention" — one line per field change
// of an entry, to join in a table cell or list in a tooltip.
QStringList describeChanges(const std::vector<FieldChange>& changes);

// What a person recognises a record by: a case's or grant's reference, a
// user's login, a task's title, an organisation's name, a fund's code;
// otherwise the kind of record and its number. For administrators and
// auditors, who may read every record (Permission::ReadAuditTrail).
QString recordLabel(Session& session, const QString& entityType, const QString& entityId);

} // namespace audit
} // namespace amparo
