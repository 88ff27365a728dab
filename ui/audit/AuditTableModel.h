#pragma once

#include "audit/AuditEntry.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// Entries of the audit trail as read by AuditPage, newest first, with the
// label of the record each one is about. Decrypted data: tracked, and
// emptied at lock.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordTypeColumn,
        RecordColumn,
        ChangesColumn,
        ColumnCount,
    };

    struct Row
    {
        audit::AuditEntry entry;
        QString recordLabel;
    };

    explicit AuditTableModel(QObject* parent = nullptr);

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
