#include "grants/DisbursementTableModel.h"

#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "funds/AmountFields.h"

#include <QFont>
#include <QLocale>

namespace amparo {
namespace ui {

DisbursementTableModel::DisbursementTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

void DisbursementTableModel::setRows(std::vector<Disbursement> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DisbursementTableModel::clear()
{
    setRows({});
}

const Disbursement* DisbursementTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int DisbursementTableModel::rowOf(qint64 disbursementId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[static_cast<std::size_t>(row)].id == disbursementId)
            return row;
    }
    return -1;
}

int DisbursementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DisbursementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisbursementTableModel::displayText(const Disbursement& row, int column) const
{
    switch (column) {
    case KindColumn:
        return row.kind == QLatin1String("refund") ? tr("Refund") : tr("Payment");
    case DateColumn:
        return QLocale().toString(row.paidOn, fullYearDateFormat());
    case AmountColumn:
        return displayAmount(row.amountMinor, row.currency);
    case RateColumn:
        //: An exchange rate: %1 the fund's currency, %2 the currency paid, %3 the rate.
        return row.rate
                   ? tr("%1 1 = %2 %3").arg(row.fundCurrency, row.currency, displayRate(*row.rate))
                   : QString();
    case FundValueColumn:
        return displayAmount(row.fundAmountMinor, row.fundCurrency);
    case ReceiptsColumn:
        return QLocale().toString(row.receiptCount);
    case StateColumn:
        //: State of a ledger entry: cancelled by a reversing entry, or recorded in the ledger.
        return row.reversed ? tr("Reversed") : tr("Posted");
    }
    return {};
}

QVariant DisbursementTableModel::data(const QModelIndex& index, int role) const
{
    const Disbursement* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == FundValueColumn ||
            index.column() == ReceiptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (row->reversed) {
            QFont font;
            font.setStrikeOut(index.column() == AmountColumn || index.column() == FundValueColumn);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!row->note.isEmpty())
            return row->note;
        return {};
    default:
        return {};
    }
}

QVariant DisbursementTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return tr("Amount");
    case RateColumn:
        return tr("Rate");
    case FundValueColumn:
        return tr("Value for the fund");
    case ReceiptsColumn:
        return tr("Receipts");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace ui
} // namespace amparo
