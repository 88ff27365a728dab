#include "tasks/TaskReader.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "vault/Session.h"

#include <string>

namespace amparo {
namespace {

constexpr const char* kColumns =
    "SELECT t.id, t.title, t.due_on, t.assignee_id, t.case_id, t.owner_type, "
    "t.owner_id, ifnull(t.done_on, ''), t.created_by, t.created_at FROM tasks t ";

Task readTask(const db::Statement& row)
{
    Task t;
    t.id = row.int64(0);
    t.title = row.text(1);
    t.dueOn = fromStoredDate(row.text(2)).value_or(QDate());
    t.assigneeId = row.int64(3);
    t.caseId = row.optionalInt64(4);
    t.ownerType = row.text(5);
    t.ownerId = row.optionalInt64(6);
    t.doneOn = fromStoredDate(row.text(7));
    t.createdBy = row.int64(8);
    t.createdAt = QDateTime::fromString(row.text(9), Qt::ISODateWithMs);
    return t;
}

// Correlated EXISTS: SQLite looks up the one case (or person) of each task,
// instead of building the list of every visible case per query.
std::string visibleTaskCondition(const auth::User& user)
{
    return "(t.case_id IS NULL OR EXISTS (SELECT 1 FROM cases c WHERE c.id = t.case_id AND " +
           visibleCaseCondition(user, "c") +
           ")) AND (t.owner_type <> 'person' OR EXISTS (SELECT 1 FROM people p WHERE p.id = "
           "t.owner_id AND " +
           visiblePersonCondition(user, "p") + "))";
}

} // namespace

// `value` is bound as text; SQLite compares it as a number with the integer
// columns (their affinity), as CaseReader does.
std::vector<Task> TaskReader::query(const char* condition, const QString& value,
                                    const char* order) const
{
    const std::string visible = visibleTaskCondition(m_session.user());
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) + "WHERE " + condition + " AND " + visible + " " + order);
    statement.bind(1, value);
    std::vector<Task> tasks;
    while (statement.step())
        tasks.push_back(readTask(statement));
    return tasks;
}

std::optional<Task> TaskReader::byId(qint64 taskId) const
{
    auto found = query("t.id = ?1", QString::number(taskId), "");
    return found.empty() ? std::nullopt : std::optional<Task>(std::move(found.front()));
}

std::vector<Task> TaskReader::forCase(qint64 caseId) const
{
    return query("t.case_id = ?1", QString::number(caseId),
                 "ORDER BY t.done_on IS NOT NULL, t.due_on, t.id");
}

std::vector<Task> TaskReader::openForAssignee(qint64 userId) const
{
    return query("t.assignee_id = ?1 AND t.done_on IS NULL", QString::number(userId),
                 "ORDER BY t.due_on, t.id");
}

std::vector<Task> TaskReader::openDueBefore(const QDate& date) const
{
    return query("t.due_on < ?1 AND t.done_on IS NULL", toStoredDate(date),
                 "ORDER BY t.due_on, t.id");
}

qint64 TaskReader::countOpenDueBefore(const QDate& date) const
{
    db::Statement statement = m_session.database().prepare(
        "SELECT count(*) FROM tasks t WHERE t.due_on < ?1 AND t.done_on IS NULL AND " +
        visibleTaskCondition(m_session.user()));
    statement.bind(1, toStoredDate(date));
    statement.step();
    return statement.int64(0);
}

std::vector<Task> TaskReader::withCases(int limit) const
{
    return query("t.case_id IS NOT NULL", QString::number(limit),
                 "ORDER BY t.case_id DESC, t.done_on IS NOT NULL, t.due_on, t.id LIMIT ?1");
}

} // namespace amparo
