#pragma once

#include "csv/CsvColumns.h"
#include "csv/ImportReport.h"

#include <QHash>
#include <QString>

namespace amparo {
class Session;
}

namespace amparo {
namespace csv {

struct CsvRow;
struct CsvTable;

enum class ImportMode
{
    DryRun, // check every row, write nothing
    Commit, // write every row, or nothing when any row has a problem
};

// Imports a people or cases file (docs/CSV.md). The dry run and the commit
// are one code path: every row goes through the real services inside one
// transaction, each row in its own savepoint; the transaction commits only
// in Commit mode and only when no row has a problem. So a dry run reports
// exactly what a commit would refuse, and a refused commit leaves nothing.
//
// Throws Error for a file that cannot be read as CSV at all (not UTF-8, a
// quote never closed, too large) and when the user may not edit cases.
class CsvImporter
{
public:
    explicit CsvImporter(Session& session) : m_session(session) {}

    ImportReport run(CsvKind kind, const CsvTable& table, ImportMode mode,
                     const QString& sourceName);
    ImportReport runFile(CsvKind kind, const QString& path, ImportMode mode);

private:
    // Canonical column name → index in the file's rows.
    QHash<QString, qsizetype> mapHeader(CsvKind kind, const CsvTable& table,
                                        ImportReport& report) const;

    Session& m_session;
};

} // namespace csv
} // namespace amparo
