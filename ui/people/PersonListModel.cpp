#include "people/PersonListModel.h"

#include "common/CountryNames.h"
#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"
#include "people/Person.h"
#include "people/PersonService.h"

#include <QLocale>
#include <algorithm>

namespace amparo {
namespace ui {
namespace {

std::vector<PersonRow> rowsOf(const std::vector<Person>& people)
{
    std::vector<PersonRow> rows;
    rows.reserve(people.size());
    for (const Person& p : people)
        rows.push_back({p.id, p.pseudonym, p.fullName, p.sex, p.roles, p.womanDefender,
                        p.effectiveBirthYear(), p.nationality, p.country, p.anonymised});
    return rows;
}

} // namespace

PersonListModel::PersonListModel(Source source, QObject* parent)
    : QAbstractTableModel(parent), m_source(std::move(source))
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

PersonListModel::Source PersonListModel::fromSession(std::function<Session&()> session)
{
    return {
        [session](int offset, int limit) { return PersonService(session()).list(offset, limit); },
        [session] { return PersonService(session()).count(); },
        [session](const QString& text, int limit) {
            return PersonService(session()).search(text, limit);
        }};
}

void PersonListModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    reload();
}

void PersonListModel::reload()
{
    beginResetModel();
    m_moreMatches = false;
    if (m_search.isEmpty()) {
        m_total = m_source.count();
        m_rows = rowsOf(m_source.list(0, kPageSize));
    } else {
        // One more than shown tells whether there are more.
        m_rows = rowsOf(m_source.search(m_search, kSearchLimit + 1));
        m_moreMatches = m_rows.size() > static_cast<std::size_t>(kSearchLimit);
        if (m_moreMatches)
            m_rows.resize(kSearchLimit);
        m_total = static_cast<qint64>(m_rows.size());
    }
    endResetModel();
}

void PersonListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_total = 0;
    m_moreMatches = false;
    endResetModel();
}

const PersonRow* PersonListModel::personAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int PersonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PersonListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && static_cast<qint64>(m_rows.size()) < m_total;
}

void PersonListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<PersonRow> page = rowsOf(m_source.list(static_cast<int>(m_rows.size()), kPageSize));
    if (page.empty()) {
        // People were hidden meanwhile: the count was optimistic.
        m_total = static_cast<qint64>(m_rows.size());
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
}

QVariant PersonListModel::data(const QModelIndex& index, int role) const
{
    const PersonRow* row = personAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row->anonymised)
            return tr("Anonymised: the name, birth date and contact details were removed.");
        if (index.column() == RolesColumn || index.column() == NameColumn)
            return displayText(*row, index.column());
        return {};
    case Qt::UserRole:
        return row->id;
    default:
        return {};
    }
}

QVariant PersonListModel::displayText(const PersonRow& row, int column) const
{
    switch (column) {
    case PseudonymColumn:
        return row.pseudonym;
    case NameColumn:
        //: Shown instead of the name of a person whose identity was removed.
        return row.anonymised ? tr("(anonymised)") : row.fullName;
    case RolesColumn: {
        QString roles = termLabels(Vocabulary::PersonRole, row.roles);
        //: A person's roles, then a mark that she is a woman human rights defender.
        return row.womanDefender ? tr("%1 · woman defender").arg(roles) : roles;
    }
    case SexColumn:
        return termLabel(Vocabulary::Sex, row.sex);
    case BirthYearColumn:
        return row.birthYear ? QVariant(QString::number(*row.birthYear)) : QVariant();
    case NationalityColumn:
        return countryName(row.nationality);
    case CountryColumn:
        return countryName(row.country);
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PseudonymColumn:
        return tr("Pseudonym");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case SexColumn:
        return tr("Sex / gender");
    case BirthYearColumn:
        return tr("Born");
    case NationalityColumn:
        return tr("Nationality");
    case CountryColumn:
        return tr("Country of residence");
    default:
        return {};
    }
}

} // namespace ui
} // namespace amparo
