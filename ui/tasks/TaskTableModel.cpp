#include "tasks/TaskTableModel.h"

#include "common/DateFormat.h"
#include "common/DecryptedData.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace amparo {
namespace ui {

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

void TaskTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void TaskTableModel::clear()
{
    setRows({});
}

const TaskTableModel::Row* TaskTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int TaskTableModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[static_cast<std::size_t>(row)].task.id == taskId)
            return row;
    }
    return -1;
}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::stateText(const Row& row) const
{
    if (row.task.doneOn)
        return tr("Done on %1").arg(QLocale().toString(*row.task.doneOn, fullYearDateFormat()));
    return row.overdue ? tr("Overdue") : tr("Open");
}

QString TaskTableModel::displayText(const Row& row, int column) const
{
    switch (column) {
    case TitleColumn:
        return row.task.title;
    case CaseColumn:
        return row.caseReference.isEmpty() ? tr("No case") : row.caseReference;
    case DueColumn:
        return QLocale().toString(row.task.dueOn, fullYearDateFormat());
    case AssigneeColumn:
        return row.assignee;
    case StateColumn:
        return stateText(row);
    }
    return {};
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(*row, index.column());
    case Qt::DecorationRole:
        // Overdue is said in words and with an icon, never by colour alone.
        if (row->overdue && index.column() == StateColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (row->overdue && (index.column() == DueColumn || index.column() == StateColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (row->task.doneOn) {
            QFont font;
            font.setStrikeOut(index.column() == TitleColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row->overdue && (index.column() == DueColumn || index.column() == StateColumn))
            return QColor(0xb0, 0x1c, 0x1c);
        if (row->task.doneOn)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (row->overdue)
            return tr("Overdue: this task was due on %1.")
                .arg(QLocale().toString(row->task.dueOn, QLocale::LongFormat));
        return {};
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case CaseColumn:
        return tr("Case");
    case DueColumn:
        return tr("Due");
    case AssigneeColumn:
        return tr("Assigned to");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace ui
} // namespace amparo
