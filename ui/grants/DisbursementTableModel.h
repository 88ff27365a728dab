#pragma once

#include "grants/Disbursement.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// The payments and refunds of one grant, oldest first, as the core lists
// them. Decrypted data: tracked, and emptied at lock.
class DisbursementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        DateColumn,
        AmountColumn,
        RateColumn,
        FundValueColumn,
        ReceiptsColumn,
        StateColumn,
        ColumnCount,
    };

    explicit DisbursementTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Disbursement> rows);
    void clear();
    const Disbursement* rowAt(int row) const;
    int rowOf(qint64 disbursementId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Disbursement& row, int column) const;

    std::vector<Disbursement> m_rows;
};

} // namespace ui
} // namespace amparo
