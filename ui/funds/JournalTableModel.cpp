#include "funds/JournalTableModel.h"

#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "money/Money.h"

#include <QFont>
#include <QLocale>

namespace amparo {
namespace ui {

JournalTableModel::JournalTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    trackDecryptedData(this, [this] { return rowCount(); });
}

void JournalTableModel::setLines(std::vector<RegisterLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void JournalTableModel::clear()
{
    setLines({});
}

const RegisterLine* JournalTableModel::lineAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_lines[static_cast<std::size_t>(row)];
}

int JournalTableModel::rowOf(qint64 transactionId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_lines[static_cast<std::size_t>(row)].transactionId == transactionId)
            return row;
    }
    return -1;
}

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalTableModel::displayText(const RegisterLine& line, int column) const
{
    switch (column) {
    case DateColumn:
        return QLocale().toString(line.date, fullYearDateFormat());
    case TransactionColumn:
        return QString::number(line.transactionId);
    case DescriptionColumn:
        return line.description;
    case AccountColumn:
        return line.account;
    case AmountColumn:
        return displayAmount(line.amountMinor, line.commodity);
    case BalanceColumn:
        return displayAmount(line.runningBalanceMinor, line.commodity);
    case CorrectionColumn:
        if (line.reversesId)
            return tr("Reverses %1").arg(*line.reversesId);
        if (line.reversedById)
            return tr("Reversed by %1").arg(*line.reversedById);
        return {};
    }
    return {};
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    const RegisterLine* line = lineAt(index.row());
    if (!line || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(*line, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == BalanceColumn ||
            index.column() == TransactionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (line->reversedById && index.column() == AmountColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return line->description;
        return {};
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TransactionColumn:
        //: Column of ledger transaction numbers.
        return tr("Transaction");
    case DescriptionColumn:
        return tr("Description");
    case AccountColumn:
        return tr("Account");
    case AmountColumn:
        return tr("Amount");
    case BalanceColumn:
        return tr("Running balance");
    case CorrectionColumn:
        return tr("Correction");
    }
    return {};
}

} // namespace ui
} // namespace amparo
