#pragma once

#include "tasks/Task.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// Tasks as TasksPage lists them, with what the core said about each one
// (overdue or not) and the names to show for its case and assignee.
// Decrypted data: tracked, and emptied at lock.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        CaseColumn,
        DueColumn,
        AssigneeColumn,
        StateColumn,
        ColumnCount,
    };

    struct Row
    {
        Task task;
        QString caseReference; // empty for a task about no case
        QString assignee;
        bool overdue = false;
    };

    explicit TaskTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    void clear();
    const Row* rowAt(int row) const;
    // The row showing the task, or -1.
    int rowOf(qint64 taskId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Row& row, int column) const;
    QString stateText(const Row& row) const;

    std::vector<Row> m_rows;
};

} // namespace ui
} // namespace amparo
