#pragma once

#include "grants/Grant.h"

#include <QAbstractTableModel>
#include <vector>

namespace amparo {
namespace ui {

// Grants as rows: reference, case, fund, purpose, amounts and status in
// words. Words and amounts are formatted when read, so the table follows the
// language and the locale without reloading.
class GrantListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        CaseColumn,
        FundColumn,
        PurposeColumn,
        RequestedColumn,
        ApprovedColumn,
        PaidColumn,
        StatusColumn,
        RequesterColumn,
        ColumnCount,
    };

    explicit GrantListModel(QObject* parent = nullptr);

    void setGrants(std::vector<Grant> grants);
    void clear();
    const Grant* grantAt(int row) const;
    // -1 when the grant is not listed.
    int rowOf(qint64 grantId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const Grant& grant, int column) const;

    std::vector<Grant> m_grants;
};

} // namespace ui
} // namespace amparo
