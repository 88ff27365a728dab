#pragma once

#include "organisations/Organisation.h"

#include <QAbstractTableModel>
#include <functional>
#include <vector>

namespace amparo {
class Session;

namespace ui {

// The organisations of one kind (or all), sorted by name. The core lists
// them whole: a network has hundreds, not hundreds of thousands. Rows are
// registered with trackDecryptedData() and dropped at lock.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        CountryColumn,
        ContactColumn,
        ColumnCount,
    };

    using Source = std::function<std::vector<Organisation>(const QString& kind)>;
    static Source fromSession(std::function<Session&()> session);

    explicit OrganisationListModel(Source source, QObject* parent = nullptr);

    // Empty for every kind.
    void setKind(const QString& kind);
    const QString& kind() const { return m_kind; }
    void reload();
    void clear();
    const Organisation* organisationAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Organisation& organisation, int column) const;

    Source m_source;
    QString m_kind;
    std::vector<Organisation> m_rows;
};

} // namespace ui
} // namespace amparo
