#pragma once

#include "funds/Fund.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// Where each fund stands at a date (PRODUCT §4, Funds): received, committed,
// disbursed and available as FundService::position says, and the year's
// payments against the annual budget. Tracked, and emptied at lock.
class FundPositionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FundColumn,
        ReceivedColumn,
        CommittedColumn,
        DisbursedColumn,
        AvailableColumn,
        BudgetColumn,
        BudgetUseColumn,
        ColumnCount,
    };

    struct Row
    {
        Fund fund;
        FundPosition position;
        // Disbursed, net of refunds, from 1 January of the position's year.
        qint64 disbursedThisYearMinor = 0;
    };

    explicit FundPositionModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    void clear();
    const Row* rowAt(int row) const;
    int rowOf(qint64 fundId) const;

    // "2,000.00 EUR of 100,000.00 EUR (2.0%)", or that there is no budget.
    static QString budgetUse(const Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace ui
} // namespace amparo
