#include "cases/CaseReader.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "search/SearchText.h"
#include "vault/Session.h"

namespace amparo {
namespace {

constexpr const char* kCaseColumns =
    "SELECT c.id, c.reference, ifnull(c.external_id, ''), c.title, c.narrative, c.programme, "
    "c.country, c.place, "
    "ifnull(c.incident_on, ''), ifnull(c.reported_on, ''), c.opened_on, ifnull(c.closed_on, ''), "
    "c.referring_org_id, c.priority, c.risk, c.restricted, c.status, c.created_by, c.created_at, "
    "c.updated_at "
    "FROM cases c ";

Case readCase(const db::Statement& row)
{
    Case c;
    c.id = row.int64(0);
    c.reference = row.text(1);
    c.externalId = row.text(2);
    c.title = row.text(3);
    c.narrative = row.text(4);
    c.programme = row.text(5);
    c.country = row.text(6);
    c.place = row.text(7);
    c.incidentOn = fromStoredDate(row.text(8));
    c.reportedOn = fromStoredDate(row.text(9));
    c.openedOn = fromStoredDate(row.text(10)).value_or(QDate());
    c.closedOn = fromStoredDate(row.text(11));
    c.referringOrgId = row.optionalInt64(12);
    c.priority = row.text(13);
    c.risk = row.text(14);
    c.restricted = row.int64(15) != 0;
    c.status = row.text(16);
    c.createdBy = row.int64(17);
    c.createdAt = QDateTime::fromString(row.text(18), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(row.text(19), Qt::ISODateWithMs);
    return c;
}

// The WHERE clause of a filtered list and the values it binds, in order.
struct Where
{
    std::string sql;
    std::vector<QString> texts;
    std::optional<qint64> assignee;
};

// `inOrder`: the search condition must not drive the query (see rows()).
Where whereFor(const CaseFilter& filter, const auth::User& user, bool inOrder = false)
{
    Where where;
    where.sql = "WHERE " + visibleCaseCondition(user, "c");
    auto add = [&](const std::string& condition, const QString& value) {
        where.texts.push_back(value);
        where.sql += " AND " + condition + "?" + std::to_string(where.texts.size());
    };
    const QString match = search::matchExpression(filter.search);
    if (!match.isEmpty()) {
        where.texts.push_back(match);
        where.sql += std::string(inOrder ? " AND +c.id" : " AND c.id") +
                     " IN (SELECT docid FROM case_search WHERE case_search MATCH ?" +
                     std::to_string(where.texts.size()) + ")";
    }
    if (!filter.statuses.isEmpty()) {
        where.sql += " AND c.status IN (";
        for (qsizetype i = 0; i < filter.statuses.size(); ++i) {
            where.texts.push_back(filter.statuses[i]);
            where.sql += (i ? ", ?" : "?") + std::to_string(where.texts.size());
        }
        where.sql += ")";
    }
    if (!filter.programme.isEmpty())
        add("c.programme = ", filter.programme);
    if (!filter.country.isEmpty())
        add("c.country = ", filter.country.toUpper());
    if (!filter.priority.isEmpty())
        add("c.priority = ", filter.priority);
    if (filter.restricted)
        where.sql += *filter.restricted ? " AND c.restricted = 1" : " AND c.restricted = 0";
    if (!filter.assistanceType.isEmpty()) {
        where.texts.push_back(filter.assistanceType);
        where.sql += " AND c.id IN (SELECT case_id FROM assistance WHERE type = ?" +
                     std::to_string(where.texts.size()) + ")";
    }
    if (filter.assigneeId) {
        where.assignee = filter.assigneeId;
        where.sql += " AND c.id IN (SELECT case_id FROM case_assignments WHERE user_id = ?" +
                     std::to_string(where.texts.size() + 1) + ")";
    }
    return where;
}

int bindWhere(db::Statement& statement, const Where& where)
{
    int index = 1;
    for (const QString& text : where.texts)
        statement.bind(index++, text);
    if (where.assignee)
        statement.bind(index++, *where.assignee);
    return index;
}

const char* orderFor(CaseSort sort)
{
    switch (sort) {
    case CaseSort::OpenedNewestFirst:
        return " ORDER BY c.opened_on DESC, c.id DESC";
    case CaseSort::OpenedOldestFirst:
        return " ORDER BY c.opened_on ASC, c.id ASC";
    case CaseSort::Reference:
        return " ORDER BY c.reference";
    case CaseSort::Title:
        return " ORDER BY c.title COLLATE NOCASE, c.id";
    case CaseSort::Status:
        return " ORDER BY c.status, c.opened_on DESC";
    case CaseSort::Priority:
        return " ORDER BY CASE c.priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' "
               "THEN 2 ELSE 3 END, "
               "c.opened_on DESC";
    case CaseSort::Country:
        return " ORDER BY c.country, c.opened_on DESC";
    }
    return "";
}

} // namespace

std::optional<Case> CaseReader::one(const char* condition, const QString& value) const
{
    db::Statement statement =
        m_session.database().prepare(std::string(kCaseColumns) + "WHERE " + condition + " AND " +
                                     visibleCaseCondition(m_session.user(), "c"));
    statement.bind(1, value);
    if (!statement.step())
        return std::nullopt;
    Case c = readCase(statement);
    db::Statement assignees = m_session.database().prepare(
        "SELECT user_id FROM case_assignments WHERE case_id = ?1 ORDER BY user_id");
    assignees.bind(1, c.id);
    while (assignees.step())
        c.assigneeIds.push_back(assignees.int64(0));
    return c;
}

std::optional<Case> CaseReader::byId(qint64 caseId) const
{
    return one("c.id = ?1", QString::number(caseId));
}

std::optional<Case> CaseReader::byReference(const QString& reference) const
{
    return one("c.reference = ?1", reference);
}

std::optional<Case> CaseReader::byExternalId(const QString& externalId) const
{
    return one("c.external_id = ?1", externalId);
}

std::vector<CaseRow> CaseReader::rows(const CaseFilter& filter, CaseSort sort, int offset,
                                      int limit) const
{
    // A page walks the list's order and keeps the matches until it has
    // enough (the unary + stops SQLite from starting from the search's
    // matches instead): a broad search, which matches thousands of cases,
    // finds its newest hundred at once instead of sorting them all.
    const Where where = whereFor(filter, m_session.user(), true);
    // The page's ids first, from the covering indexes of migration V6
    // (opened date, id, restricted): filtering, sorting and skipping rows
    // then never reads the wide case rows. Only the page's rows are read.
    db::Statement statement = m_session.database().prepare(
        "SELECT c.id, c.reference, c.title, c.programme, c.country, c.status, c.priority, "
        "c.opened_on, c.restricted "
        "FROM cases c WHERE c.id IN (SELECT c.id FROM cases c " +
        where.sql + orderFor(sort) + " LIMIT ?" +
        std::to_string(where.texts.size() + (where.assignee ? 2 : 1)) + " OFFSET ?" +
        std::to_string(where.texts.size() + (where.assignee ? 3 : 2)) + ")" + orderFor(sort));
    const int next = bindWhere(statement, where);
    statement.bind(next, limit).bind(next + 1, offset);
    std::vector<CaseRow> rows;
    while (statement.step()) {
        rows.push_back({statement.int64(0), statement.text(1), statement.text(2), statement.text(3),
                        statement.text(4), statement.text(5), statement.text(6),
                        fromStoredDate(statement.text(7)).value_or(QDate()),
                        statement.int64(8) != 0});
    }
    return rows;
}

qint64 CaseReader::count(const CaseFilter& filter) const
{
    const Where where = whereFor(filter, m_session.user());
    db::Statement statement =
        m_session.database().prepare("SELECT count(*) FROM cases c " + where.sql);
    bindWhere(statement, where);
    statement.step();
    return statement.int64(0);
}

std::vector<CaseTransition> CaseReader::transitions(qint64 caseId) const
{
    db::Statement statement = m_session.database().prepare(
        "SELECT ifnull(t.from_status, ''), t.to_status, t.reason, u.login, t.at FROM "
        "case_transitions t "
        "JOIN users u ON u.id = t.user_id WHERE t.case_id = ?1 ORDER BY t.id");
    statement.bind(1, caseId);
    std::vector<CaseTransition> result;
    while (statement.step())
        result.push_back({statement.text(0), statement.text(1), statement.text(2),
                          statement.text(3),
                          QDateTime::fromString(statement.text(4), Qt::ISODateWithMs)});
    return result;
}

std::vector<CasePerson> CaseReader::people(qint64 caseId) const
{
    db::Statement statement = m_session.database().prepare(
        "SELECT p.id, p.pseudonym, p.full_name, cp.role, cp.perpetrator_type FROM case_people cp "
        "JOIN people p ON p.id = cp.person_id WHERE cp.case_id = ?1 ORDER BY cp.role, p.pseudonym");
    statement.bind(1, caseId);
    std::vector<CasePerson> result;
    while (statement.step())
        result.push_back({statement.int64(0), statement.text(1), statement.text(2),
                          statement.text(3), statement.text(4)});
    return result;
}

} // namespace amparo
