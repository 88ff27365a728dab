#include "db/Database.h"
#include "db/migrations/Migrations.h"

namespace amparo {
namespace db {

// Covering indexes for the case list at 100,000 cases (docs/PERFORMANCE.md).
// The need-to-know condition reads `restricted` for every case a list
// counts or skips; the case rows are wide (narrative), so reading them for
// that decrypted a page per case. With `restricted` (and the opened date)
// in the indexes, counting, sorting, searching and paging read only the
// indexes, and CaseReader reads whole rows for the one page shown.
void upgradeToV6(Database& db)
{
    // The default order of the list, newest first: count, page and scroll.
    db.execute("CREATE INDEX cases_opened_visible ON cases (opened_on DESC, id DESC, restricted)");
    // Search results arrive as case ids (the full-text index's docids).
    db.execute("CREATE INDEX cases_visible_by_id ON cases (id, restricted, opened_on)");
    // Superseded by cases_opened_visible, which starts with the same columns.
    db.execute("DROP INDEX cases_opened");
}

} // namespace db
} // namespace amparo
