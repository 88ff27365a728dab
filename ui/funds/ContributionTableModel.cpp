#include "funds/ContributionTableModel.h"

#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "funds/AmountFields.h"

#include <QFont>
#include <QLocale>

namespace amparo {
namespace ui {

ContributionTableModel::ContributionTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

void ContributionTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ContributionTableModel::clear()
{
    setRows({});
}

const ContributionTableModel::Row* ContributionTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ContributionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContributionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContributionTableModel::displayText(const Row& row, int column) const
{
    const Contribution& c = row.contribution;
    switch (column) {
    case DateColumn:
        return QLocale().toString(c.receivedOn, fullYearDateFormat());
    case DonorColumn:
        return row.donor.isEmpty() ? tr("Not named") : row.donor;
    case AmountColumn:
        return displayAmount(c.amountMinor, c.currency);
    case RateColumn:
        return c.rate ? tr("%1 1 = %2 %3").arg(row.fundCurrency, c.currency, displayRate(*c.rate))
                      : QString();
    case FundValueColumn:
        return displayAmount(c.fundAmountMinor, row.fundCurrency);
    case ReferenceColumn:
        return c.reference;
    case StateColumn:
        //: State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.
        return c.reversed ? tr("Reversed") : tr("Posted");
    }
    return {};
}

QVariant ContributionTableModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == FundValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (row->contribution.reversed) {
            QFont font;
            font.setStrikeOut(index.column() == AmountColumn || index.column() == FundValueColumn);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Received on");
    case DonorColumn:
        return tr("Donor");
    case AmountColumn:
        return tr("Amount");
    case RateColumn:
        return tr("Rate");
    case FundValueColumn:
        return tr("Value for the fund");
    case ReferenceColumn:
        return tr("Reference");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace ui
} // namespace amparo
