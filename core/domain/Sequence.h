#pragma once

#include <QString>

namespace amparo {
namespace db {
class Database;
} // namespace db
} // namespace amparo

namespace amparo {

// The next number of a named counter ("case:AMP:2026"). Call it inside the
// transaction that uses the number: a rollback gives the number back, which
// is what keeps case references gap-free.
qint64 nextInSequence(db::Database& database, const QString& name);

} // namespace amparo
