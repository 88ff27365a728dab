#include "grants/GrantListModel.h"

#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"

namespace amparo {
namespace ui {

GrantListModel::GrantListModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return static_cast<int>(m_grants.size()); });
}

void GrantListModel::setGrants(std::vector<Grant> grants)
{
    beginResetModel();
    m_grants = std::move(grants);
    endResetModel();
}

void GrantListModel::clear()
{
    beginResetModel();
    m_grants.clear();
    m_grants.shrink_to_fit();
    endResetModel();
}

const Grant* GrantListModel::grantAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_grants[static_cast<std::size_t>(row)];
}

int GrantListModel::rowOf(qint64 grantId) const
{
    for (std::size_t row = 0; row < m_grants.size(); ++row)
        if (m_grants[row].id == grantId)
            return static_cast<int>(row);
    return -1;
}

int GrantListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_grants.size());
}

int GrantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GrantListModel::text(const Grant& g, int column) const
{
    switch (column) {
    case ReferenceColumn:
        return g.reference;
    case CaseColumn:
        return g.caseReference;
    case FundColumn:
        return g.fundCode;
    case PurposeColumn:
        return g.purpose.simplified();
    case RequestedColumn:
        return displayAmount(g.requestedMinor, g.currency);
    case ApprovedColumn:
        return g.approvedMinor ? displayAmount(*g.approvedMinor, g.currency) : QString();
    case PaidColumn:
        return g.paidMinor > 0 ? displayAmount(g.paidMinor, g.currency) : QString();
    case StatusColumn:
        return termLabel(Vocabulary::GrantStatus, g.status);
    case RequesterColumn:
        return g.requestedByLogin;
    }
    return {};
}

QVariant GrantListModel::data(const QModelIndex& index, int role) const
{
    const Grant* grant = grantAt(index.row());
    if (!grant)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(*grant, index.column());
    if (role == Qt::TextAlignmentRole &&
        (index.column() == RequestedColumn || index.column() == ApprovedColumn ||
         index.column() == PaidColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GrantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case CaseColumn:
        return tr("Case");
    case FundColumn:
        return tr("Fund");
    case PurposeColumn:
        return tr("Purpose");
    case RequestedColumn:
        //: Column of the amounts asked for in grant requests.
        return tr("Requested");
    case ApprovedColumn:
        return tr("Approved");
    case PaidColumn:
        return tr("Paid");
    case StatusColumn:
        return tr("Status");
    case RequesterColumn:
        return tr("Requested by");
    }
    return {};
}

} // namespace ui
} // namespace amparo
