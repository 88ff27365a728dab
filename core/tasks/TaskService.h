#pragma once

#include "auth/User.h"
#include "tasks/Task.h"

#include <vector>

namespace amparo {

class Session;

// Follow-ups. A task about case material follows the case's need-to-know —
// it is invisible to whoever may not see the case — and only caseworkers
// write it; the assignee may always mark their own task done or open again.
// "Today" comes from the session's clock, so overdue lists are testable.
class TaskService
{
public:
    explicit TaskService(Session& session) : m_session(session) {}

    Task create(const Task& input);
    void update(const Task& changed);
    void complete(qint64 taskId);
    void reopen(qint64 taskId);

    // Throws Error(NotFound) when it does not exist or is hidden.
    Task get(qint64 taskId) const;
    // Open tasks first, by due date.
    std::vector<Task> listForCase(qint64 caseId) const;
    // The user's open tasks, by due date.
    std::vector<Task> listForAssignee(qint64 userId) const;
    // Open tasks due before today, by due date.
    std::vector<Task> overdue() const;
    // The tasks of every case the user may see, grouped by case, newest
    // case first; at most `limit`.
    std::vector<Task> listWithCases(int limit) const;
    bool isOverdue(const Task& task) const;
    // Every user, removed ones included, to name assignees; only active
    // ones may be given a task. For anyone who reads tasks.
    std::vector<auth::User> users() const;

private:
    Task validated(const Task& input) const;
    void requireWriter(const Task& task) const;
    void requireWriterOrAssignee(const Task& task) const;
    void setDone(qint64 taskId, bool done);
    QDate today() const;

    Session& m_session;
};

} // namespace amparo
