#pragma once

#include "tasks/TaskTableModel.h"

#include <QString>
#include <vector>

namespace amparo {
class Session;

namespace ui {

// The rows of each view of TasksPage, read through the core's services:
// the names of cases and assignees are looked up once per case and user.
std::vector<TaskTableModel::Row> myTaskRows(Session& session);
std::vector<TaskTableModel::Row> overdueTaskRows(Session& session);
// One case's tasks, open and done.
std::vector<TaskTableModel::Row> caseTaskRows(Session& session, qint64 caseId);
// Every visible case's tasks, or those of the cases whose reference or
// title matches `caseText`, grouped by case.
std::vector<TaskTableModel::Row> taskRowsByCase(Session& session, const QString& caseText,
                                                int caseLimit, int taskLimit);

} // namespace ui
} // namespace amparo
