#pragma once

#include "ledger/LedgerReports.h"

#include <QString>

namespace amparo {

// The disbursement report as CSV (docs/CSV.md's conventions): one row per
// group and currency — the group's stored key (country code, assistance type,
// yyyy-mm or fund code), currency, payments, paid, refunded, net, amounts as
// plain decimals — written to `path` readable by its owner only, and audited
// as "export.csv" of a "disbursement_report" with its grouping and period in
// the same act: if either fails, neither happens. Returns the rows written.
int exportDisbursementReport(Session& session, ReportDimension dimension,
                             const std::optional<QDate>& from, const std::optional<QDate>& to,
                             const QString& path);

// The stable name of a grouping: "country", "assistance", "month", "fund".
QString reportDimensionName(ReportDimension dimension);

} // namespace amparo
