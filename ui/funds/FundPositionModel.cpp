#include "funds/FundPositionModel.h"

#include "common/DecryptedData.h"

#include <QFont>
#include <QLocale>

namespace amparo {
namespace ui {

FundPositionModel::FundPositionModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

void FundPositionModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void FundPositionModel::clear()
{
    setRows({});
}

const FundPositionModel::Row* FundPositionModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int FundPositionModel::rowOf(qint64 fundId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows[static_cast<std::size_t>(row)].fund.id == fundId)
            return row;
    }
    return -1;
}

int FundPositionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FundPositionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FundPositionModel::budgetUse(const Row& row)
{
    const QString currency = row.fund.currency;
    if (row.fund.annualBudgetMinor <= 0)
        //: %1 is what the fund paid this year.
        return tr("%1 paid this year; no annual budget")
            .arg(displayAmount(row.disbursedThisYearMinor, currency));
    // In tenths of a percent, rounded half up with exact integers: 400.00 of
    // 100,000.00 shows as 0.4%, not as a misleading 0%.
    const qint64 tenths = (row.disbursedThisYearMinor * 2000 / row.fund.annualBudgetMinor + 1) / 2;
    const QString percent = QLocale().toString(static_cast<double>(tenths) / 10.0, 'f', 1);
    //: %1 paid this year, %2 the annual budget, %3 the percentage used.
    return tr("%1 of %2 (%3%)")
        .arg(displayAmount(row.disbursedThisYearMinor, currency),
             displayAmount(row.fund.annualBudgetMinor, currency), percent);
}

QVariant FundPositionModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    const FundPosition& p = row->position;
    if (role == Qt::TextAlignmentRole && index.column() != FundColumn &&
        index.column() != BudgetUseColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == AvailableColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == FundColumn)
        return row->fund.name;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case FundColumn:
        //: A fund: %1 its code, %2 its name.
        return tr("%1 — %2").arg(row->fund.code, row->fund.name);
    case ReceivedColumn:
        return displayAmount(p.receivedMinor, p.currency);
    case CommittedColumn:
        return displayAmount(p.committedMinor, p.currency);
    case DisbursedColumn:
        return displayAmount(p.disbursedMinor, p.currency);
    case AvailableColumn:
        return displayAmount(p.availableMinor, p.currency);
    case BudgetColumn:
        return displayAmount(row->fund.annualBudgetMinor, row->fund.currency);
    case BudgetUseColumn:
        return budgetUse(*row);
    }
    return {};
}

QVariant FundPositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FundColumn:
        return tr("Fund");
    case ReceivedColumn:
        return tr("Received");
    case CommittedColumn:
        return tr("Committed");
    case DisbursedColumn:
        return tr("Disbursed");
    case AvailableColumn:
        return tr("Available");
    case BudgetColumn:
        return tr("Annual budget");
    case BudgetUseColumn:
        return tr("Budget use this year");
    }
    return {};
}

} // namespace ui
} // namespace amparo
