#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace amparo {
namespace test {

// One row of the permission matrix in docs/SECURITY.md: the operation, as
// `Service::method` with an optional qualifier in parentheses, and one cell
// per role column, reduced to its symbol (footnote marks dropped).
struct MatrixRow
{
    QString operation;
    QStringList cells;
};

struct MatrixTable
{
    QStringList roles; // the column headings after the description
    std::vector<MatrixRow> rows;
    QStringList problems; // malformed lines, unknown symbols
};

// The first table under the heading `heading` of the markdown file at `path`.
MatrixTable readMatrix(const QString& path, const QString& heading);

} // namespace test
} // namespace amparo
