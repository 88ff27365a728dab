#include "ledger/ReportExport.h"

#include "csv/AuditedExport.h"
#include "csv/CsvWriter.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "money/Money.h"
#include "vault/Session.h"

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
    return csv::finishAuditedExport(
        session, transaction, writer, QStringLiteral("disbursement_report"), QString(),
        {{QStringLiteral("grouping"), std::nullopt, reportDimensionName(dimension)},
         {QStringLiteral("from"), std::nullopt, from ? toStoredDate(*from) : QString()},
         {QStringLiteral("to"), std::nullopt, to ? toStoredDate(*to) : QString()}},
        path);
}

} // namespace amparo
