#include "csv/CsvWriter.h"

#include "csv/FormulaGuard.h"

namespace amparo {
namespace csv {

CsvWriter::CsvWriter(const QStringList& header) : m_bytes("\xEF\xBB\xBF")
{
    writeLine(header);
}

void CsvWriter::addRow(const QStringList& cells)
{
    QStringList safe;
    safe.reserve(cells.size());
    for (const QString& cell : cells)
        safe << neutraliseFormula(cell);
    writeLine(safe);
    ++m_rows;
}

QString CsvWriter::quoted(const QString& cell)
{
    static const QString special = QStringLiteral(",;\"\r\n");
    bool needsQuotes = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    for (qsizetype i = 0; !needsQuotes && i < cell.size(); ++i)
        needsQuotes = special.contains(cell[i]);
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::writeLine(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells)
        fields << quoted(cell);
    m_bytes += fields.join(QLatin1Char(',')).toUtf8();
    m_bytes += "\r\n";
}

} // namespace csv
} // namespace amparo
