#include "cases/tabs/InterventionTableModel.h"

#include "common/DateFormat.h"
#include "domain/Vocabulary.h"

#include <QLocale>

namespace amparo {
namespace ui {

InterventionTableModel::InterventionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void InterventionTableModel::setRows(std::vector<Intervention> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void InterventionTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
}

const Intervention* InterventionTableModel::interventionAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int InterventionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InterventionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InterventionTableModel::displayText(const Intervention& intervention, int column) const
{
    switch (column) {
    case SentColumn:
        return QLocale().toString(intervention.sentOn, fullYearDateFormat());
    case KindColumn:
        return termLabel(Vocabulary::InterventionKind, intervention.kind);
    case AddresseeColumn:
        return intervention.addressee;
    case ReferenceColumn:
        return intervention.reference;
    case ResponseColumn:
        if (intervention.responseOn)
            return QLocale().toString(*intervention.responseOn, fullYearDateFormat());
        return intervention.response.trimmed().isEmpty() ? tr("Awaited") : tr("Received");
    case OutcomeColumn:
        // One line in the table; the whole text in the tooltip and the editor.
        return intervention.outcome.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant InterventionTableModel::data(const QModelIndex& index, int role) const
{
    const Intervention* intervention = interventionAt(index.row());
    if (!intervention || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*intervention, index.column());
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn)
            return intervention->outcome;
        if (index.column() == ResponseColumn)
            return intervention->response;
        if (index.column() == AddresseeColumn || index.column() == KindColumn)
            return displayText(*intervention, index.column());
        return {};
    case Qt::UserRole:
        return intervention->id;
    default:
        return {};
    }
}

QVariant InterventionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SentColumn:
        return tr("Sent");
    case KindColumn:
        return tr("Kind");
    case AddresseeColumn:
        return tr("Addressee");
    case ReferenceColumn:
        return tr("Reference");
    case ResponseColumn:
        return tr("Response");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace ui
} // namespace amparo
