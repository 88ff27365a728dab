#pragma once

#include "csv/CsvColumns.h"

#include <QString>

namespace amparo {
class Session;
}

namespace amparo {
namespace csv {

class CsvWriter;

// Exports people or cases with the canonical headers (docs/CSV.md): every
// record the user may see, oldest first, so that importing the file into an
// empty vault and exporting again gives the same file. The people file holds
// legal names and contact details: it is an explicit export by someone
// allowed to export case data, and like every export it is audited.
//
// Grants and disbursements are exported, oldest first, by those who read
// the ledger: amounts as plain decimals ('.', no grouping), dates ISO 8601,
// flags true or false.
class CsvExporter
{
public:
    explicit CsvExporter(Session& session) : m_session(session) {}

    // Writes the file to `path` (atomically, readable by its owner only) and
    // appends "export.csv" to the audit trail in the same act: if either
    // fails, neither happens. Returns the number of rows written.
    int exportToFile(CsvKind kind, const QString& path);

private:
    void writePeople(CsvWriter& writer) const;
    void writeCases(CsvWriter& writer) const;
    void writeGrants(CsvWriter& writer) const;
    void writeDisbursements(CsvWriter& writer) const;

    Session& m_session;
};

} // namespace csv
} // namespace amparo
