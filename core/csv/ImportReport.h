#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace amparo {
namespace csv {

// Something about one cell (or one row, when `column` is empty) of the file.
// Rows are numbered as the spreadsheet shows them: the header is row 1.
struct ImportProblem
{
    int row = 0;
    QString column;
    QString message;
};

// What an import did — or, for a dry run or a refused commit, what it would
// have done. `problems` block the commit; `notes` and `unknownColumns` do not
// (they are shown so the user can decide whether the file is the right one).
struct ImportReport
{
    int rowsRead = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    std::vector<ImportProblem> problems;
    std::vector<ImportProblem> notes;
    QStringList unknownColumns;
    bool dryRun = false;
    bool committed = false; // true only when the rows are in the vault
};

} // namespace csv
} // namespace amparo
