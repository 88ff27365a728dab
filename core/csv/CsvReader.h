#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>
#include <vector>

namespace amparo {
namespace csv {

// One record of a CSV file, numbered as the spreadsheet shows it: the header
// is row 1, and a cell with line breaks still makes a single row.
struct CsvRow
{
    int number = 0;
    QStringList cells;
};

struct CsvTable
{
    QChar separator;
    CsvRow header;
    std::vector<CsvRow> rows; // blank lines are left out but keep their numbers
};

// Bounds that keep a wrong or hostile file from exhausting memory.
struct CsvLimits
{
    qsizetype maxBytes = 200 * 1024 * 1024;
    qsizetype maxCellChars = 1'000'000;
};

// Reads CSV the way spreadsheets write it: UTF-8 with or without a byte-order
// mark; comma, semicolon or tab separators (whichever the header line uses
// outside quotes); RFC 4180 quoting with doubled quotes and line breaks inside
// quoted cells; CRLF, LF or CR line ends; a last line without a line end.
// Every refusal is an Error(Invalid) whose message names the file, the row
// and what to do.
class CsvReader
{
public:
    static CsvTable parse(const QByteArray& bytes, const QString& sourceName,
                          const CsvLimits& limits = {});
    // Reads `path` (refusing files over the size limit before reading them).
    static CsvTable readFile(const QString& path, const CsvLimits& limits = {});

    // The separator the header line uses outside quotes: ',', ';' or '\t'.
    static QChar detectSeparator(const QString& text);
};

} // namespace csv
} // namespace amparo
