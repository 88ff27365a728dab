#pragma once

#include "cases/Case.h"
#include "cases/CaseFilter.h"

#include <QAbstractTableModel>
#include <functional>
#include <vector>

namespace amparo {
class Session;

namespace ui {

// The case list, read a page at a time: the view asks for more rows as it
// scrolls (canFetchMore/fetchMore), so a vault of 100,000 cases never has
// more than the rows seen so far in memory. Filtering, searching and
// sorting are done by the database (CaseService::list); changing any of
// them starts again from the first page. Rows are decrypted data: the
// model registers with trackDecryptedData() and is emptied at lock.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        TitleColumn,
        StatusColumn,
        PriorityColumn,
        ProgrammeColumn,
        CountryColumn,
        OpenedColumn,
        ColumnCount,
    };

    // What the model reads through: a page of rows, and how many there are.
    struct Source
    {
        std::function<std::vector<CaseRow>(const CaseFilter&, CaseSort, int offset, int limit)>
            list;
        std::function<qint64(const CaseFilter&)> count;
    };

    // The core's case service of whatever session `session` returns when asked.
    static Source fromSession(std::function<Session&()> session);

    static constexpr int kPageSize = 100;

    explicit CaseListModel(Source source, QObject* parent = nullptr);

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    // Reads the first page again (after an edit, an import, a transition).
    void reload();
    // Forgets every row, as at lock; reload() reads them again.
    void clear();

    // Every case the filter matches, loaded or not.
    qint64 totalCount() const { return m_total; }
    const CaseRow* caseAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The database order used for a column, for the sort indicator.
    static std::optional<CaseSort> sortFor(int column, Qt::SortOrder order);

private:
    QVariant displayText(const CaseRow& row, int column) const;

    Source m_source;
    CaseFilter m_filter;
    CaseSort m_sort = CaseSort::OpenedNewestFirst;
    std::vector<CaseRow> m_rows;
    qint64 m_total = 0;
};

} // namespace ui
} // namespace amparo
