#include "db/Database.h"
#include "db/migrations/Migrations.h"

namespace amparo {
namespace db {

// Covering indexes for the dashboard's counts at 100,000 cases
// (docs/PERFORMANCE.md). Its figures group the cases by status, programme
// and country under the need-to-know condition, which reads `restricted`:
// the indexes of version 3 hold the grouped column but not `restricted`, so
// every count read every (wide) case row. With both in the index, and the
// case id for the assignment lookup, each count reads only its index.
void upgradeToV7(Database& db)
{
    db.execute("CREATE INDEX cases_status_visible ON cases (status, restricted, id)");
    db.execute("CREATE INDEX cases_programme_visible ON cases (programme, restricted, id)");
    db.execute("CREATE INDEX cases_country_visible ON cases (country, restricted, id)");
    // Assistance lines by type, with their case for need-to-know.
    db.execute("CREATE INDEX assistance_type ON assistance (type, case_id)");
}

} // namespace db
} // namespace amparo
