#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace amparo {
class Session;
struct Person;

namespace ui {

// What the people list shows of a person: no contact details or notes, so
// that the list keeps in memory only what it displays.
struct PersonRow
{
    qint64 id = 0;
    QString pseudonym;
    QString fullName;
    QString sex;
    QStringList roles;
    bool womanDefender = false;
    std::optional<int> birthYear;
    QString nationality;
    QString country;
    bool anonymised = false;
};

// The people list, newest first. Without a search it reads a page at a time
// as the view scrolls (canFetchMore/fetchMore), so a large vault never has
// more than the rows seen so far in memory. A search asks the core for the
// best matches, at most kSearchLimit of them: typing more words narrows it.
// Rows are decrypted data: the model registers with trackDecryptedData() and
// is emptied at lock.
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PseudonymColumn,
        NameColumn,
        RolesColumn,
        SexColumn,
        BirthYearColumn,
        NationalityColumn,
        CountryColumn,
        ColumnCount,
    };

    // What the model reads through (PersonService's list, count and search).
    struct Source
    {
        std::function<std::vector<Person>(int offset, int limit)> list;
        std::function<qint64()> count;
        std::function<std::vector<Person>(const QString& text, int limit)> search;
    };

    static Source fromSession(std::function<Session&()> session);

    static constexpr int kPageSize = 100;
    static constexpr int kSearchLimit = 200;

    explicit PersonListModel(Source source, QObject* parent = nullptr);

    // Empty text lists everyone. Starts again from the first page.
    void setSearch(const QString& text);
    const QString& search() const { return m_search; }
    void reload();
    // Forgets every row, as at lock; reload() reads them again.
    void clear();

    // Everyone listed, loaded or not (for a search: the matches found).
    qint64 totalCount() const { return m_total; }
    // A search found more than kSearchLimit people; only those are listed.
    bool hasMoreMatches() const { return m_moreMatches; }
    const PersonRow* personAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QVariant displayText(const PersonRow& row, int column) const;

    Source m_source;
    QString m_search;
    std::vector<PersonRow> m_rows;
    qint64 m_total = 0;
    bool m_moreMatches = false;
};

} // namespace ui
} // namespace amparo
