#include "cases/tabs/ViolationTableModel.h"

#include "common/DateFormat.h"
#include "domain/Vocabulary.h"

#include <QLocale>

namespace amparo {
namespace ui {

ViolationTableModel::ViolationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ViolationTableModel::setRows(std::vector<Violation> rows, QHash<qint64, QString> pseudonyms,
                                  QHash<qint64, MedicalExamination> medicalRecords)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_pseudonyms = std::move(pseudonyms);
    m_records = std::move(medicalRecords);
    endResetModel();
}

void ViolationTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_pseudonyms.clear();
    m_records.clear();
    endResetModel();
}

const Violation* ViolationTableModel::violationAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

const MedicalExamination* ViolationTableModel::medicalRecord(qint64 violationId) const
{
    const auto it = m_records.constFind(violationId);
    return it == m_records.constEnd() ? nullptr : &it.value();
}

int ViolationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ViolationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ViolationTableModel::dateText(const Violation& violation)
{
    if (!violation.occurredOn || violation.datePrecision == QLatin1String("unknown"))
        return tr("Date unknown");
    const QLocale locale;
    const QDate date = *violation.occurredOn;
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    if (violation.datePrecision == QLatin1String("year"))
        return plain.toString(date.year());
    if (violation.datePrecision == QLatin1String("month"))
        return tr("%1 %2", "month and year")
            .arg(locale.standaloneMonthName(date.month()), plain.toString(date.year()));
    return locale.toString(date, fullYearDateFormat());
}

QString ViolationTableModel::displayText(const Violation& violation, int column) const
{
    switch (column) {
    case DateColumn:
        return dateText(violation);
    case TypeColumn:
        return termLabel(Vocabulary::ViolationType, violation.type);
    case VictimColumn:
        return violation.victimId ? m_pseudonyms.value(*violation.victimId) : tr("Not named");
    case PlaceColumn:
        return violation.place;
    case MedicalColumn:
        if (m_records.contains(violation.id))
            return tr("Recorded");
        return mayCarryMedicalRecord(violation.type) ? tr("None yet") : tr("Not applicable");
    default:
        return {};
    }
}

QVariant ViolationTableModel::data(const QModelIndex& index, int role) const
{
    const Violation* violation = violationAt(index.row());
    if (!violation || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*violation, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PlaceColumn || index.column() == TypeColumn)
            return displayText(*violation, index.column());
        return {};
    case Qt::UserRole:
        return violation->id;
    default:
        return {};
    }
}

QVariant ViolationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case VictimColumn:
        return tr("Victim");
    case PlaceColumn:
        return tr("Place");
    case MedicalColumn:
        return tr("Medical record");
    default:
        return {};
    }
}

} // namespace ui
} // namespace amparo
