#include "audit/AuditTableModel.h"

#include "audit/AuditLabels.h"
#include "common/DecryptedData.h"

#include <QLocale>

namespace amparo {
namespace ui {

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

void AuditTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void AuditTableModel::clear()
{
    setRows({});
}

const AuditTableModel::Row* AuditTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::displayText(const Row& row, int column) const
{
    const audit::AuditEntry& entry = row.entry;
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return entry.actor;
    case ActionColumn:
        return audit::actionLabel(entry.action);
    case RecordTypeColumn:
        return audit::entityTypeLabel(entry.entityType);
    case RecordColumn:
        return row.recordLabel;
    case ChangesColumn:
        return audit::describeChanges(entry.changes).join(tr("; "));
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return displayText(*row, index.column());
    // Long change lists are cut in the cell; the tooltip has them whole.
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return row->recordLabel;
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return audit::describeChanges(row->entry.changes).join(QLatin1Char('\n'));
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordTypeColumn:
        return tr("Record type");
    case RecordColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

} // namespace ui
} // namespace amparo
