#pragma once

#include "violations/Violation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace amparo {
namespace ui {

// The chronology of a case's violations, as read by the tab: one row per
// violation, with its victim's pseudonym and whether it has a medical record.
class ViolationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TypeColumn,
        VictimColumn,
        PlaceColumn,
        MedicalColumn,
        ColumnCount,
    };

    explicit ViolationTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Violation> rows, QHash<qint64, QString> pseudonyms,
                 QHash<qint64, MedicalExamination> medicalRecords);
    void clear();
    const Violation* violationAt(int row) const;
    bool hasMedicalRecord(qint64 violationId) const { return m_records.contains(violationId); }
    const MedicalExamination* medicalRecord(qint64 violationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The date as much as it is known: a day, a month, a year or "Date unknown".
    static QString dateText(const Violation& violation);

private:
    QString displayText(const Violation& violation, int column) const;

    std::vector<Violation> m_rows;
    QHash<qint64, QString> m_pseudonyms;
    QHash<qint64, MedicalExamination> m_records;
};

} // namespace ui
} // namespace amparo
