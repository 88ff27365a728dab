#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace amparo {
namespace csv {

// Writes CSV for spreadsheets (see docs/CSV.md):
// - UTF-8 with a byte-order mark, because Excel reads a file without one in
//   the machine's legacy code page and garbles every non-Latin name;
// - comma separators and CRLF line ends, as RFC 4180 says and Excel writes;
// - a cell is quoted when it holds a separator, a quote, a line break or
//   surrounding spaces (quotes doubled inside);
// - every data cell passes through neutraliseFormula() so that nothing in the
//   file runs as a formula. The header is written as given.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList& header);

    void addRow(const QStringList& cells);
    int rowCount() const { return m_rows; }
    const QByteArray& bytes() const { return m_bytes; }

    static QString quoted(const QString& cell);

private:
    void writeLine(const QStringList& cells);

    QByteArray m_bytes;
    int m_rows = 0;
};

} // namespace csv
} // namespace amparo
