#include "tasks/TaskRows.h"

#include "cases/CaseService.h"
#include "tasks/TaskService.h"
#include "vault/Session.h"

#include <QHash>

namespace amparo {
namespace ui {
namespace {

std::vector<TaskTableModel::Row> rowsOf(Session& session, const std::vector<Task>& tasks)
{
    TaskService service(session);
    QHash<qint64, QString> names;
    for (const auth::User& user : service.users())
        names.insert(user.id, user.displayName.isEmpty() ? user.login : user.displayName);
    QHash<qint64, QString> references;
    CaseService cases(session);
    std::vector<TaskTableModel::Row> rows;
    rows.reserve(tasks.size());
    for (const Task& task : tasks) {
        TaskTableModel::Row row;
        row.task = task;
        row.assignee = names.value(task.assigneeId);
        if (task.caseId) {
            auto found = references.constFind(*task.caseId);
            if (found == references.constEnd())
                found = references.insert(*task.caseId, cases.get(*task.caseId).reference);
            row.caseReference = *found;
        }
        row.overdue = service.isOverdue(task);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::vector<TaskTableModel::Row> myTaskRows(Session& session)
{
    return rowsOf(session, TaskService(session).listForAssignee(session.user().id));
}

std::vector<TaskTableModel::Row> overdueTaskRows(Session& session)
{
    return rowsOf(session, TaskService(session).overdue());
}

std::vector<TaskTableModel::Row> caseTaskRows(Session& session, qint64 caseId)
{
    return rowsOf(session, TaskService(session).listForCase(caseId));
}

std::vector<TaskTableModel::Row> taskRowsByCase(Session& session, const QString& caseText,
                                                int caseLimit, int taskLimit)
{
    TaskService tasks(session);
    if (caseText.trimmed().isEmpty())
        return rowsOf(session, tasks.listWithCases(taskLimit));
    CaseFilter filter;
    filter.search = caseText.trimmed();
    std::vector<Task> found;
    for (const CaseRow& c : CaseService(session).list(filter, CaseSort::Reference, 0, caseLimit)) {
        for (Task& task : tasks.listForCase(c.id))
            found.push_back(std::move(task));
        if (static_cast<int>(found.size()) >= taskLimit)
            break;
    }
    return rowsOf(session, found);
}

} // namespace ui
} // namespace amparo
