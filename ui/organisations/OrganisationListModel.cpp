#include "organisations/OrganisationListModel.h"

#include "common/CountryNames.h"
#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"
#include "organisations/OrganisationService.h"

namespace amparo {
namespace ui {

OrganisationListModel::OrganisationListModel(Source source, QObject* parent)
    : QAbstractTableModel(parent), m_source(std::move(source))
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

OrganisationListModel::Source OrganisationListModel::fromSession(std::function<Session&()> session)
{
    return [session](const QString& kind) {
        return OrganisationService(session()).list(kind);
    };
}

void OrganisationListModel::setKind(const QString& kind)
{
    m_kind = kind;
    reload();
}

void OrganisationListModel::reload()
{
    beginResetModel();
    m_rows = m_source(m_kind);
    endResetModel();
}

void OrganisationListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
}

const Organisation* OrganisationListModel::organisationAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int OrganisationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrganisationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex& index, int role) const
{
    const Organisation* organisation = organisationAt(index.row());
    if (!organisation || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*organisation, index.column());
    case Qt::ToolTipRole:
        return index.column() == ContactColumn ? organisation->contact : QVariant();
    case Qt::UserRole:
        return organisation->id;
    default:
        return {};
    }
}

QString OrganisationListModel::displayText(const Organisation& organisation, int column) const
{
    switch (column) {
    case NameColumn:
        return organisation.name;
    case KindColumn:
        return termLabel(Vocabulary::OrganisationKind, organisation.kind);
    case CountryColumn:
        return countryName(organisation.country);
    case ContactColumn:
        // One line in the list; the whole contact is in the tooltip and the editor.
        return organisation.contact.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case CountryColumn:
        return tr("Country");
    case ContactColumn:
        return tr("Contact");
    default:
        return {};
    }
}

} // namespace ui
} // namespace amparo
