#include "dashboard/Dashboard.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "domain/Vocabulary.h"
#include "grants/DisbursementService.h"
#include "tasks/TaskReader.h"
#include "util/Clock.h"
#include "vault/Session.h"

#include <QHash>
#include <algorithm>
#include <string>

namespace amparo {
namespace {

// Counts per key from a "SELECT key, count(*) … GROUP BY key" query.
QHash<QString, qint64> countsByKey(Session& session, const std::string& sql)
{
    db::Statement statement = session.database().prepare(sql);
    QHash<QString, qint64> counts;
    while (statement.step())
        counts.insert(statement.text(0), statement.int64(1));
    return counts;
}

// Every term of the vocabulary in its order, with its count (zero if none).
std::vector<DashboardCount> inVocabularyOrder(Vocabulary vocabulary,
                                              const QHash<QString, qint64>& counts)
{
    std::vector<DashboardCount> result;
    for (const QString& term : termNames(vocabulary))
        result.push_back({term, counts.value(term)});
    return result;
}

// Reads only the index (column, restricted, id) of schema version 7: the
// case rows are wide, and at 100,000 cases reading them took seconds.
std::string casesGroupedBy(const auth::User& user, const char* column)
{
    return std::string("SELECT c.") + column + ", count(*) FROM cases c INDEXED BY cases_" +
           column + "_visible WHERE " + visibleCaseCondition(user, "c") + " GROUP BY c." + column;
}

// Every assistance line but those of the cases the user may not see: the
// few restricted cases they are not assigned to, found in a narrow index,
// so that the lines are counted from their own index without a lookup of
// their case.
std::string assistanceGroupedByType(const auth::User& user)
{
    return "SELECT a.type, count(*) FROM assistance a INDEXED BY assistance_type "
           "WHERE a.case_id NOT IN (SELECT c.id FROM cases c INDEXED BY cases_visible_by_id "
           "WHERE NOT " +
           visibleCaseCondition(user, "c") + ") GROUP BY a.type";
}

void readCountries(Session& session, DashboardFigures& figures)
{
    const auto counts = countsByKey(session, casesGroupedBy(session.user(), "country"));
    std::vector<DashboardCount> all;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        all.push_back({it.key(), it.value()});
    std::sort(all.begin(), all.end(), [](const DashboardCount& a, const DashboardCount& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    for (const DashboardCount& country : all) {
        // A case without a country is never one of the top countries.
        if (!country.key.isEmpty() && figures.casesByCountry.size() < kTopCountries)
            figures.casesByCountry.push_back(country);
        else
            figures.casesInOtherCountries += country.count;
    }
}

// Net payments per fund and month, reversed disbursements left out, as the
// disbursement report counts them.
std::vector<FundMonth> disbursementsByFundAndMonth(Session& session, const QDate& from,
                                                   const QDate& to)
{
    db::Statement statement = session.database().prepare(
        "SELECT f.id, f.code, f.currency, substr(d.paid_on, 1, 7) AS m, "
        "sum(CASE WHEN d.kind = 'payment' THEN d.fund_amount_minor ELSE -d.fund_amount_minor END) "
        "FROM disbursements d JOIN grants g ON g.id = d.grant_id JOIN funds f ON f.id = g.fund_id "
        "WHERE d.paid_on >= ?1 AND d.paid_on <= ?2 AND NOT EXISTS (SELECT 1 FROM "
        "ledger_transactions r WHERE r.reverses_id = d.txn_id) "
        "GROUP BY f.id, m ORDER BY m, f.code");
    statement.bind(1, toStoredDate(from)).bind(2, toStoredDate(to));
    std::vector<FundMonth> result;
    while (statement.step()) {
        result.push_back(
            {statement.int64(0), statement.text(1), statement.text(2),
             fromStoredDate(statement.text(3) + QStringLiteral("-01")).value_or(QDate()),
             statement.int64(4)});
    }
    return result;
}

} // namespace

DashboardFigures readDashboard(Session& session)
{
    const auth::User& user = session.user();
    auth::requirePermission(user, auth::Permission::ReadCases);
    // Due dates are calendar days where the user works, as for the tasks.
    const QDate today = session.clock().nowUtc().toLocalTime().date();

    DashboardFigures figures;
    figures.casesByStatus = inVocabularyOrder(Vocabulary::CaseStatus,
                                              countsByKey(session, casesGroupedBy(user, "status")));
    figures.casesByProgramme = inVocabularyOrder(
        Vocabulary::Programme, countsByKey(session, casesGroupedBy(user, "programme")));
    readCountries(session, figures);
    figures.assistanceByType = inVocabularyOrder(
        Vocabulary::AssistanceType, countsByKey(session, assistanceGroupedByType(user)));
    figures.overdueTasks = TaskReader(session).countOpenDueBefore(today);

    const bool readsLedger = auth::rolesAllow(user.roles, auth::Permission::ReadLedger);
    if (readsLedger || auth::rolesAllow(user.roles, auth::Permission::ApproveGrants)) {
        db::Statement pending =
            session.database().prepare("SELECT count(*) FROM grants WHERE status = 'submitted'");
        pending.step();
        figures.pendingApprovals = pending.int64(0);
    }
    if (readsLedger) {
        DashboardMoney money;
        money.firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
        money.disbursements = disbursementsByFundAndMonth(session, money.firstMonth, today);
        money.overdueReceipts =
            static_cast<qint64>(DisbursementService(session).overdueJustifications(today).size());
        figures.money = std::move(money);
    }
    return figures;
}

} // namespace amparo
