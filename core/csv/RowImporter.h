#pragma once

#include "csv/ImportReport.h"

#include <QString>

namespace amparo {
namespace csv {

class ImportRow;

// Turns one row of a file into a create, an update or nothing, through the
// domain services. Runs inside the import's transaction; the caller rolls
// back the row (a savepoint) when it reports a problem.
class RowImporter
{
public:
    virtual ~RowImporter() = default;

    // `externalId` is already checked (present, well-formed, once in the
    // file) unless the row has a problem; a row with a problem has its cells
    // checked and reported but is never written.
    virtual void importRow(ImportRow& row, const QString& externalId) = 0;

protected:
    RowImporter() = default;
};

} // namespace csv
} // namespace amparo
