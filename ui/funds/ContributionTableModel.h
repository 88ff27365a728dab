#pragma once

#include "funds/Fund.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// The donor contributions of one fund, as FundService lists them, with the
// donor's name. Tracked, and emptied at lock.
class ContributionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        DonorColumn,
        AmountColumn,
        RateColumn,
        FundValueColumn,
        ReferenceColumn,
        StateColumn,
        ColumnCount,
    };

    struct Row
    {
        Contribution contribution;
        QString donor; // empty when no donor was named
        QString fundCurrency;
    };

    explicit ContributionTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    void clear();
    const Row* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Row& row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace ui
} // namespace amparo
