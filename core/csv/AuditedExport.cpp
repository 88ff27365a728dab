#include "csv/AuditedExport.h"

#include "csv/CsvWriter.h"
#include "db/Transaction.h"
#include "util/AtomicFile.h"
#include "vault/Session.h"

#include <QFile>

namespace amparo {
namespace csv {

int finishAuditedExport(Session& session, db::Transaction& transaction, const CsvWriter& writer,
                        const QString& entityType, const QString& entityId,
                        const std::vector<audit::FieldChange>& details, const QString& path)
{
    std::vector<audit::FieldChange> fields{
        {QStringLiteral("rows"), std::nullopt, QString::number(writer.rowCount())}};
    fields.insert(fields.end(), details.begin(), details.end());
    fields.push_back({QStringLiteral("file"), std::nullopt, path});
    session.audit().append(session.actor(), QStringLiteral("export.csv"), entityType, entityId,
                           fields);
    writeFileAtomically(path, writer.bytes());
    try {
        transaction.commit();
    } catch (...) {
        QFile::remove(path); // an export the audit trail does not show must not exist
        throw;
    }
    return writer.rowCount();
}

} // namespace csv
} // namespace amparo
