#include "MatrixDoc.h"

#include <QFile>
#include <QRegularExpression>

namespace amparo {
namespace test {

namespace {

QStringList cellsOf(const QString& line)
{
    QStringList cells = line.trimmed().split(QLatin1Char('|'));
    // "| a | b |" splits into "", "a", "b", "".
    if (!cells.isEmpty())
        cells.removeFirst();
    if (!cells.isEmpty())
        cells.removeLast();
    for (QString& cell : cells)
        cell = cell.trimmed();
    return cells;
}

bool isSeparator(const QStringList& cells)
{
    static const QRegularExpression dashes(QStringLiteral("^:?-+:?$"));
    return !cells.isEmpty() && dashes.match(cells.front()).hasMatch();
}

} // namespace

MatrixTable readMatrix(const QString& path, const QString& heading)
{
    MatrixTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        table.problems << QStringLiteral("cannot read %1").arg(path);
        return table;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    qsizetype at = lines.indexOf(heading);
    if (at < 0) {
        table.problems << QStringLiteral("no heading \"%1\" in %2").arg(heading, path);
        return table;
    }
    while (++at < lines.size() && !lines[at].startsWith(QLatin1Char('|'))) {
        if (lines[at].startsWith(QLatin1Char('#')))
            break;
    }
    // A symbol, then footnote marks: "SoD¹" is SoD.
    static const QRegularExpression symbol(QStringLiteral("^(yes|no|SoD|assigned|own)[^A-Za-z]*$"));
    for (; at < lines.size() && lines[at].startsWith(QLatin1Char('|')); ++at) {
        const QStringList cells = cellsOf(lines[at]);
        if (isSeparator(cells))
            continue;
        if (table.roles.isEmpty()) {
            table.roles = cells.mid(2);
            continue;
        }
        if (cells.size() != table.roles.size() + 2) {
            table.problems << QStringLiteral("line %1 has %2 cells instead of %3")
                                  .arg(at + 1)
                                  .arg(cells.size())
                                  .arg(table.roles.size() + 2);
            continue;
        }
        MatrixRow row;
        row.operation = QString(cells[0]).remove(QLatin1Char('`'));
        for (const QString& cell : cells.mid(2)) {
            const auto match = symbol.match(cell);
            if (!match.hasMatch())
                table.problems
                    << QStringLiteral("%1: unknown cell \"%2\"").arg(row.operation, cell);
            row.cells << match.captured(1);
        }
        table.rows.push_back(row);
    }
    return table;
}

} // namespace test
} // namespace amparo
