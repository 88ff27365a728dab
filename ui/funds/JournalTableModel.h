#pragma once

#include "ledger/JournalRegister.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// The journal register's lines as JournalRegister gives them, oldest first,
// with the running balance and whether a transaction was reversed or is a
// reversal. Tracked, and emptied at lock.
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TransactionColumn,
        DescriptionColumn,
        AccountColumn,
        AmountColumn,
        BalanceColumn,
        CorrectionColumn,
        ColumnCount,
    };

    explicit JournalTableModel(QObject* parent = nullptr);

    void setLines(std::vector<RegisterLine> lines);
    void clear();
    const RegisterLine* lineAt(int row) const;
    // The first line of the transaction, or -1.
    int rowOf(qint64 transactionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const RegisterLine& line, int column) const;

    std::vector<RegisterLine> m_lines;
};

} // namespace ui
} // namespace amparo
