#include "ledger/LedgerReports.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "domain/Validation.h"
#include "vault/Session.h"

#include <string>

namespace amparo {
namespace {

std::string keyExpression(ReportDimension dimension)
{
    switch (dimension) {
    case ReportDimension::Country:
        return "ifnull(c.country, '')";
    case ReportDimension::AssistanceType:
        return "ifnull(a.type, 'none')";
    case ReportDimension::Month:
        return "substr(d.paid_on, 1, 7)";
    case ReportDimension::Fund:
        return "f.code";
    }
    return "''";
}

} // namespace

std::vector<DisbursementTotal> disbursementReport(Session& session, ReportDimension dimension,
                                                  const std::optional<QDate>& from,
                                                  const std::optional<QDate>& to)
{
    auth::requirePermission(session.user(), auth::Permission::ReadLedger);
    const std::string key = keyExpression(dimension);
    db::Statement select = session.database().prepare(
        "SELECT " + key +
        " AS k, f.currency, "
        "sum(CASE WHEN d.kind = 'payment' THEN d.fund_amount_minor ELSE 0 END), "
        "sum(CASE WHEN d.kind = 'refund' THEN d.fund_amount_minor ELSE 0 END), "
        "sum(CASE WHEN d.kind = 'payment' THEN 1 ELSE 0 END) "
        "FROM disbursements d JOIN grants g ON g.id = d.grant_id "
        "JOIN funds f ON f.id = g.fund_id JOIN cases c ON c.id = g.case_id "
        "LEFT JOIN assistance a ON a.id = g.assistance_id "
        "WHERE d.paid_on >= ?1 AND d.paid_on <= ?2 AND NOT EXISTS (SELECT 1 FROM "
        "ledger_transactions r WHERE r.reverses_id = d.txn_id) "
        "GROUP BY k, f.currency ORDER BY k, f.currency");
    select.bind(1, from ? toStoredDate(*from) : QStringLiteral("0000-01-01"))
        .bind(2, to ? toStoredDate(*to) : QStringLiteral("9999-12-31"));
    std::vector<DisbursementTotal> totals;
    while (select.step()) {
        DisbursementTotal t;
        t.key = select.text(0);
        t.currency = select.text(1);
        t.paidMinor = select.int64(2);
        t.refundedMinor = select.int64(3);
        t.netMinor = t.paidMinor - t.refundedMinor;
        t.payments = select.integer(4);
        totals.push_back(t);
    }
    return totals;
}

} // namespace amparo
