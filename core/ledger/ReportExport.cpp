#include "ledger/ReportExport.h"

#include "csv/CsvWriter.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "money/Money.h"
#include "util/AtomicFile.h"
#include "vault/Session.h"

#include <QFile>

namespace amparo {

QString reportDimensionName(ReportDimension dimension)
{
    switch (dimension) {
    case ReportDimension::Country:
        return QStringLiteral("country");
    case ReportDimension::AssistanceType:
        return QStringLiteral("assistance");
    case ReportDimension::Month:
        return QStringLiteral("month");
    case ReportDimension::Fund:
        return QStringLiteral("fund");
    }
    return QString();
}

int exportDisbursementReport(Session& session, ReportDimension dimension,
                             const std::optional<QDate>& from, const std::optional<QDate>& to,
                             const QString& path)
{
    // One snapshot of the data, and the audit entry in the same transaction.
    db::Transaction transaction(session.database());
    // disbursementReport checks that the user reads the ledger.
    const auto totals = disbursementReport(session, dimension, from, to);
    csv::CsvWriter writer({reportDimensionName(dimension), QStringLiteral("currency"),
                           QStringLiteral("payments"), QStringLiteral("paid"),
                           QStringLiteral("refunded"), QStringLiteral("net")});
    for (const DisbursementTotal& t : totals)
        writer.addRow(
            {t.key, t.currency, QString::number(t.payments), formatAmount(t.paidMinor, t.currency),
             formatAmount(t.refundedMinor, t.currency), formatAmount(t.netMinor, t.currency)});
    session.audit().append(
        session.actor(), QStringLiteral("export.csv"), QStringLiteral("disbursement_report"),
        QString(),
        {{QStringLiteral("rows"), std::nullopt, QString::number(writer.rowCount())},
         {QStringLiteral("grouping"), std::nullopt, reportDimensionName(dimension)},
         {QStringLiteral("from"), std::nullopt, from ? toStoredDate(*from) : QString()},
         {QStringLiteral("to"), std::nullopt, to ? toStoredDate(*to) : QString()},
         {QStringLiteral("file"), std::nullopt, path}});
    writeFileAtomically(path, writer.bytes());
    try {
        transaction.commit();
    } catch (...) {
        QFile::remove(path); // an export the audit trail does not show must not exist
        throw;
    }
    return writer.rowCount();
}

} // namespace amparo
