#pragma once

#include "csv/ImportReport.h"
#include "util/Error.h"

#include <QHash>
#include <QString>
#include <optional>
#include <utility>

namespace amparo {
namespace csv {

// One data row of an import file, by canonical column name, with the
// problems found in it going straight to the report.
class ImportRow
{
public:
    ImportRow(int number, QHash<QString, QString> cells, ImportReport& report)
        : m_number(number), m_cells(std::move(cells)), m_report(report)
    {}

    int number() const { return m_number; }
    // Whether the file has the column at all; absent columns leave existing
    // values alone.
    bool has(const QString& column) const { return m_cells.contains(column); }
    QString cell(const QString& column) const { return m_cells.value(column); }
    bool hasProblems() const { return m_problems > 0; }

    void problem(const QString& column, const QString& message);
    void note(const QString& column, const QString& message);

    // Runs `check` on the cell; an Error it throws becomes a problem of this
    // column and the result is nullopt.
    template <typename Check>
    auto checked(const QString& column, Check check) -> std::optional<decltype(check(QString()))>
    {
        try {
            return check(cell(column));
        } catch (const Error& error) {
            problem(column, error.message());
            return std::nullopt;
        }
    }

    // When the file has the column, runs `assign` on its cell; an Error it
    // throws becomes a problem of this column.
    template <typename Assign> void apply(const QString& column, Assign assign)
    {
        if (!has(column))
            return;
        try {
            assign(cell(column));
        } catch (const Error& error) {
            problem(column, error.message());
        }
    }

    // Runs `act` (a service call) and reports an Error it throws against
    // `column` (empty: the whole row). Returns whether it succeeded.
    template <typename Act> bool attempt(const QString& column, Act act)
    {
        try {
            act();
            return true;
        } catch (const Error& error) {
            problem(column, error.message());
            return false;
        }
    }

private:
    int m_number;
    QHash<QString, QString> m_cells;
    ImportReport& m_report;
    int m_problems = 0;
};

} // namespace csv
} // namespace amparo
