// Any bytes given to the CSV reader: it either refuses them with
// Error(Invalid) or returns a table. A table it returns survives the
// exporter's writing rules unchanged: written back with CsvWriter under a
// fixed header and read again, every cell comes back as the exporter meant
// it (formula cells neutralised) and the import's restoreFormula() gives the
// original text.
#include "FuzzInput.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/FormulaGuard.h"
#include "util/Error.h"

using namespace amparo;
using namespace amparo::csv;

namespace {

// Small enough that the fuzzer also reaches the size and cell limits.
constexpr CsvLimits kLimits{64 * 1024, 4 * 1024};

// A spreadsheet row of one empty cell is a blank line: nothing to compare.
bool isBlankRow(const QStringList& cells)
{
    return cells.size() == 1 && cells.front().isEmpty();
}

void checkRoundTrip(const CsvTable& table)
{
    // The exporter's header is fixed text, so the separator is always ','.
    CsvWriter writer({QStringLiteral("a"), QStringLiteral("b")});
    std::vector<const CsvRow*> written;
    for (const CsvRow& row : table.rows) {
        if (isBlankRow(row.cells))
            continue;
        writer.addRow(row.cells);
        written.push_back(&row);
    }
    const CsvTable reread = CsvReader::parse(writer.bytes(), QStringLiteral("again.csv"));
    AMPARO_FUZZ_CHECK(reread.separator == QLatin1Char(','), QString(reread.separator));
    AMPARO_FUZZ_CHECK(reread.rows.size() == written.size(),
                      QStringLiteral("%1 rows written, %2 read back")
                          .arg(written.size())
                          .arg(reread.rows.size()));
    for (std::size_t i = 0; i < written.size(); ++i) {
        const QStringList& original = written[i]->cells;
        const QStringList& back = reread.rows[i].cells;
        AMPARO_FUZZ_CHECK(back.size() == original.size(),
                          QStringLiteral("row %1: %2 cells written, %3 read back")
                              .arg(i)
                              .arg(original.size())
                              .arg(back.size()));
        for (qsizetype cell = 0; cell < original.size(); ++cell) {
            AMPARO_FUZZ_CHECK(back[cell] == neutraliseFormula(original[cell]),
                              original[cell] + QStringLiteral(" came back as ") + back[cell]);
            AMPARO_FUZZ_CHECK(restoreFormula(back[cell]) == original[cell], original[cell]);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    CsvTable table;
    try {
        table = CsvReader::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.csv"), kLimits);
    } catch (const Error& error) {
        AMPARO_FUZZ_CHECK(error.kind() == ErrorKind::Invalid, error.message());
        AMPARO_FUZZ_CHECK(error.message().contains(QStringLiteral("fuzz.csv")), error.message());
        return 0;
    }
    AMPARO_FUZZ_CHECK(!table.header.cells.isEmpty(), QString());
    int previous = table.header.number;
    for (const CsvRow& row : table.rows) {
        AMPARO_FUZZ_CHECK(row.number > previous, QString::number(row.number));
        previous = row.number;
    }
    checkRoundTrip(table);
    return 0;
}
