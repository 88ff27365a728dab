#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {

class Session;

// How disbursements are grouped in a report.
enum class ReportDimension
{
    Country,        // the country of the grant's case
    AssistanceType, // the type of the assistance line, "none" without one
    Month,          // yyyy-mm of the payment
    Fund,           // the fund's code
};

// One group of a report, per fund currency: payments, refunds and the net,
// all in the fund's currency, reversed disbursements left out.
struct DisbursementTotal
{
    QString key;
    QString currency;
    qint64 paidMinor = 0;
    qint64 refundedMinor = 0;
    qint64 netMinor = 0;
    int payments = 0;
};

// Disbursements dated from `from` to `to` (both included; open when absent),
// sorted by key then currency.
std::vector<DisbursementTotal> disbursementReport(Session& session, ReportDimension dimension,
                                                  const std::optional<QDate>& from = std::nullopt,
                                                  const std::optional<QDate>& to = std::nullopt);

} // namespace amparo
