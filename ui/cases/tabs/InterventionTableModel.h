#pragma once

#include "interventions/Intervention.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// The interventions of a case, oldest first, as read by the tab.
class InterventionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SentColumn,
        KindColumn,
        AddresseeColumn,
        ReferenceColumn,
        ResponseColumn,
        OutcomeColumn,
        ColumnCount,
    };

    explicit InterventionTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Intervention> rows);
    void clear();
    const Intervention* interventionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Intervention& intervention, int column) const;

    std::vector<Intervention> m_rows;
};

} // namespace ui
} // namespace amparo
