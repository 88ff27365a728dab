#include "csv/CsvWriter.h"

#include "CsvTestSupport.h"
#include "csv/CsvReader.h"
#include "csv/FormulaGuard.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::csv;

TEST_CASE("the writer puts a BOM first and ends every line with CRLF")
{
    CsvWriter writer({QStringLiteral("a"), QStringLiteral("b")});
    writer.addRow({QStringLiteral("1"), QStringLiteral("2")});
    CHECK(writer.bytes() == QByteArray("\xEF\xBB\xBF"
                                       "a,b\r\n1,2\r\n"));
    CHECK(writer.rowCount() == 1);
}

TEST_CASE("cells are quoted only when they need it")
{
    CHECK(CsvWriter::quoted(QStringLiteral("plain text")) == QStringLiteral("plain text"));
    CHECK(CsvWriter::quoted(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::quoted(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::quoted(QStringLiteral("say \"no\"")) == QStringLiteral("\"say \"\"no\"\"\""));
    CHECK(CsvWriter::quoted(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::quoted(QStringLiteral(" padded")) == QStringLiteral("\" padded\""));
}

TEST_CASE("cells that a spreadsheet would run as a formula are neutralised on export")
{
    for (const QString& formula :
         {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"), QStringLiteral("+1+1"),
          QStringLiteral("-2+3"), QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\t=1"),
          QStringLiteral("\r=1")}) {
        CAPTURE(formula);
        CHECK(neutraliseFormula(formula) == QLatin1Char('\'') + formula);
        CHECK(restoreFormula(neutraliseFormula(formula)) == formula);
    }
    CsvWriter writer({QStringLiteral("name")});
    writer.addRow({QStringLiteral("=cmd|' /C calc'!A0")});
    CHECK(writer.bytes().endsWith("\r\n'=cmd|' /C calc'!A0\r\n"));
}

TEST_CASE("neutralising and restoring are exact inverses even for cells with apostrophes")
{
    for (const QString& cell :
         {QString(), QStringLiteral("'"), QStringLiteral("'quoted'"), QStringLiteral("O'Brien"),
          QStringLiteral("'=already"), QStringLiteral("''+two"), QStringLiteral("plain"),
          QStringLiteral("=x"), QStringLiteral("a=b"), QStringLiteral("'-")}) {
        CAPTURE(cell);
        CHECK(restoreFormula(neutraliseFormula(cell)) == cell);
    }
    // Apostrophes the exporter did not add are left alone.
    CHECK(restoreFormula(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(neutraliseFormula(QStringLiteral("O'Brien")) == QStringLiteral("O'Brien"));
}

TEST_CASE("whatever the writer writes the reader reads back unchanged")
{
    const QStringList header{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const std::vector<QStringList> rows = {
        {QStringLiteral("José, \"Pepe\""), QStringLiteral("line one\nline two"), QString()},
        {QStringLiteral("Юлия"), QStringLiteral("زينب"), QStringLiteral("=1+1")},
        {QStringLiteral("crlf\r\ninside"), QStringLiteral(" spaced "), QStringLiteral("a;b\tc")},
    };
    CsvWriter writer(header);
    for (const QStringList& row : rows)
        writer.addRow(row);
    const CsvTable table = CsvReader::parse(writer.bytes(), QStringLiteral("t.csv"));
    CHECK(table.header.cells == header);
    REQUIRE(table.rows.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QStringList restored;
        for (const QString& cell : table.rows[i].cells)
            restored << restoreFormula(cell);
        CHECK(restored == rows[i]);
    }
}
