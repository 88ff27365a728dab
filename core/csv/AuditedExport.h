#pragma once

#include "audit/AuditEntry.h"

#include <QString>
#include <vector>

namespace amparo {
class Session;
namespace db {
class Transaction;
}
} // namespace amparo

namespace amparo {
namespace csv {

class CsvWriter;

// The end of every CSV export: the "export.csv" audit entry (the rows,
// `details`, the file), the file written atomically and readable by its
// owner only, then `transaction` committed — if the commit fails, the file
// is removed: an export the audit trail does not show must not exist.
// Returns the number of rows written.
int finishAuditedExport(Session& session, db::Transaction& transaction, const CsvWriter& writer,
                        const QString& entityType, const QString& entityId,
                        const std::vector<audit::FieldChange>& details, const QString& path);

} // namespace csv
} // namespace amparo
