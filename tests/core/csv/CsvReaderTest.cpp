#include "csv/CsvReader.h"

#include "CsvTestSupport.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::csv::CsvReader;
using amparo::test::csvFixture;

namespace {

csv::CsvTable parse(const QByteArray& bytes)
{
    return CsvReader::parse(bytes, QStringLiteral("t.csv"));
}

QString refusal(const QByteArray& bytes, const csv::CsvLimits& limits = {})
{
    try {
        CsvReader::parse(bytes, QStringLiteral("t.csv"), limits);
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Invalid);
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("a spreadsheet file with BOM and semicolons and CRLF and line breaks in cells is read")
{
    const csv::CsvTable table = CsvReader::readFile(csvFixture("people-spreadsheet.csv"));
    CHECK(table.separator == QLatin1Char(';'));
    CHECK(table.header.number == 1);
    CHECK(table.header.cells.first() == QStringLiteral("external_id")); // no BOM left on it
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].number == 2);
    CHECK(table.rows[0].cells[1] == QStringLiteral("José Martínez Ñúñez"));
    CHECK(table.rows[0].cells[9] ==
          QStringLiteral("Detained in Guadalajara.\nReleased after 3 days; \"no charges\" were "
                         "filed."));
    // The line break inside row 2 does not shift the rows after it.
    CHECK(table.rows[1].number == 3);
    CHECK(table.rows[1].cells[1] == QStringLiteral("Юлия Ивановна Петрова"));
    CHECK(table.rows[2].cells[1] == QStringLiteral("زينب الخواجة"));
    CHECK(table.rows[3].number == 5);
    CHECK(table.rows[3].cells[6] == QStringLiteral("victim;witness"));
    for (const csv::CsvRow& row : table.rows)
        CHECK(row.cells.size() == 10);
}

TEST_CASE("the separator is the one the header line uses outside quotes")
{
    CHECK(CsvReader::detectSeparator(QStringLiteral("a,b,c\n1;2;3;4;5")) == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(QStringLiteral("\"a,b,c\";d;e")) == QLatin1Char(';'));
    CHECK(CsvReader::detectSeparator(QStringLiteral("a\tb\tc")) == QLatin1Char('\t'));
    CHECK(CsvReader::detectSeparator(QStringLiteral("only")) == QLatin1Char(','));
    const csv::CsvTable tabs = parse("name\tnote\r\nAna\tsays \"hi\"\r\n");
    CHECK(tabs.rows.at(0).cells ==
          QStringList{QStringLiteral("Ana"), QStringLiteral("says \"hi\"")});
}

TEST_CASE("a last line without a line end and LF or CR line ends are read")
{
    CHECK(parse("a,b\n1,2").rows.at(0).cells ==
          QStringList{QStringLiteral("1"), QStringLiteral("2")});
    const csv::CsvTable cr = parse("a,b\r1,2\r3,4\r");
    REQUIRE(cr.rows.size() == 2);
    CHECK(cr.rows[1].number == 3);
    CHECK(cr.rows[1].cells.at(1) == QStringLiteral("4"));
}

TEST_CASE("blank lines are skipped but keep their row numbers")
{
    const csv::CsvTable table = parse("a,b\n\n1,2\n\n\n3,4\n\n");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].number == 3);
    CHECK(table.rows[1].number == 6);
}

TEST_CASE("quoted cells keep doubled quotes and separators and empty values")
{
    const csv::CsvTable table = parse("a,b,c,d\n\"x,y\",\"say \"\"no\"\"\",,\"\"\n");
    CHECK(table.rows.at(0).cells ==
          QStringList{QStringLiteral("x,y"), QStringLiteral("say \"no\""), QString(), QString()});
}

TEST_CASE("text in another encoding is refused with advice to save as CSV UTF-8")
{
    try {
        CsvReader::readFile(csvFixture("people-windows-1252.csv"));
        FAIL("Windows-1252 text was read as UTF-8");
    } catch (const Error& error) {
        CHECK(
            error.message().contains(QStringLiteral("people-windows-1252.csv is not UTF-8 text")));
        CHECK(error.message().contains(QStringLiteral("'CSV UTF-8'")));
    }
    CHECK(refusal("a\nab\xC3").contains(QStringLiteral("not UTF-8"))); // cut mid-character
}

TEST_CASE("a quote never closed is refused naming the row where it was opened")
{
    try {
        CsvReader::readFile(csvFixture("people-truncated.csv"));
        FAIL("a truncated file was read");
    } catch (const Error& error) {
        CHECK(error.message().contains(QStringLiteral("row 3")));
        CHECK(error.message().contains(QStringLiteral("truncated?")));
    }
}

TEST_CASE("text after a closing quote is refused rather than guessed at")
{
    CHECK(refusal("a,b\n\"x\"y,2\n").contains(QStringLiteral("row 2")));
}

TEST_CASE("files and cells over the limits are refused with a clear message")
{
    csv::CsvLimits small;
    small.maxBytes = 1024 * 1024;
    small.maxCellChars = 10;
    CHECK(refusal(QByteArray(small.maxBytes + 1, 'a'), small)
              .contains(QStringLiteral("larger than 1 MB")));
    const QString longCell = refusal("a,b\n1,2\n3,\"0123456789ABC\"\n", small);
    CHECK(longCell.contains(QStringLiteral("row 3")));
    CHECK(longCell.contains(QStringLiteral("longer than 10 characters")));
}

TEST_CASE("an empty file is refused because it has no header")
{
    CHECK(refusal("").contains(QStringLiteral("no header")));
    CHECK(refusal("\xEF\xBB\xBF\r\n").contains(QStringLiteral("no header")));
}
