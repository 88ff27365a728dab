#include "cases/CaseListModel.h"

#include "cases/CaseService.h"
#include "common/CountryNames.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"

#include <QLocale>
#include <algorithm>

namespace amparo {
namespace ui {

CaseListModel::CaseListModel(Source source, QObject* parent)
    : QAbstractTableModel(parent), m_source(std::move(source))
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

CaseListModel::Source CaseListModel::fromSession(std::function<Session&()> session)
{
    return {[session](const CaseFilter& filter, CaseSort sort, int offset, int limit) {
                return CaseService(session()).list(filter, sort, offset, limit);
            },
            [session](const CaseFilter& filter) {
                return CaseService(session()).count(filter);
            }};
}

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_total = m_source.count(m_filter);
    m_rows = m_source.list(m_filter, m_sort, 0, kPageSize);
    endResetModel();
}

void CaseListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_total = 0;
    endResetModel();
}

const CaseRow* CaseListModel::caseAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && static_cast<qint64>(m_rows.size()) < m_total;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<CaseRow> page =
        m_source.list(m_filter, m_sort, static_cast<int>(m_rows.size()), kPageSize);
    if (page.empty()) {
        // Cases were deleted or hidden meanwhile: the count was optimistic.
        m_total = static_cast<qint64>(m_rows.size());
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
}

std::optional<CaseSort> CaseListModel::sortFor(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    switch (column) {
    case OpenedColumn:
        return ascending ? CaseSort::OpenedOldestFirst : CaseSort::OpenedNewestFirst;
    case ReferenceColumn:
        return CaseSort::Reference;
    case TitleColumn:
        return CaseSort::Title;
    case StatusColumn:
        return CaseSort::Status;
    case PriorityColumn:
        return CaseSort::Priority;
    case CountryColumn:
        return CaseSort::Country;
    default:
        return std::nullopt;
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CaseSort> sort = sortFor(column, order);
    if (!sort || *sort == m_sort)
        return;
    m_sort = *sort;
    reload();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    const CaseRow* row = caseAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReferenceColumn && row->restricted)
            return tr("Restricted: only the people assigned to this case can see it.");
        if (index.column() == TitleColumn || index.column() == ProgrammeColumn ||
            index.column() == CountryColumn)
            return displayText(*row, index.column());
        return {};
    case Qt::AccessibleDescriptionRole:
        return row->restricted && index.column() == ReferenceColumn ? tr("Restricted case")
                                                                    : QVariant();
    case Qt::UserRole:
        return row->id;
    default:
        return {};
    }
}

QVariant CaseListModel::displayText(const CaseRow& row, int column) const
{
    switch (column) {
    case ReferenceColumn:
        //: The reference of a case that only its assigned people can see.
        return row.restricted ? tr("%1 (restricted)").arg(row.reference) : row.reference;
    case TitleColumn:
        return row.title;
    case StatusColumn:
        return termLabel(Vocabulary::CaseStatus, row.status);
    case PriorityColumn:
        return termLabel(Vocabulary::Priority, row.priority);
    case ProgrammeColumn:
        return termLabel(Vocabulary::Programme, row.programme);
    case CountryColumn:
        return countryName(row.country);
    case OpenedColumn:
        return QLocale().toString(row.openedOn, fullYearDateFormat());
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case ProgrammeColumn:
        return tr("Programme");
    case CountryColumn:
        return tr("Country");
    case OpenedColumn:
        return tr("Opened");
    default:
        return {};
    }
}

} // namespace ui
} // namespace amparo
