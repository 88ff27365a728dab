#pragma once

#include "tasks/Task.h"

#include <QString>
#include <optional>
#include <vector>

namespace amparo {

class Session;

// The read side of tasks. Every query carries the need-to-know condition: a
// task of a case (or about a person) the user may not see never appears. No
// permission checks here; TaskService does them.
class TaskReader
{
public:
    explicit TaskReader(Session& session) : m_session(session) {}

    std::optional<Task> byId(qint64 taskId) const;
    // Open tasks first, by due date.
    std::vector<Task> forCase(qint64 caseId) const;
    // Open tasks, by due date.
    std::vector<Task> openForAssignee(qint64 userId) const;
    std::vector<Task> openDueBefore(const QDate& date) const;
    // How many openDueBefore(date) lists, counted by the database.
    qint64 countOpenDueBefore(const QDate& date) const;
    // Tasks of any case, grouped by case (newest case first), open ones
    // first within a case, by due date; at most `limit`.
    std::vector<Task> withCases(int limit) const;

private:
    std::vector<Task> query(const char* condition, const QString& value, const char* order) const;

    Session& m_session;
};

} // namespace amparo
