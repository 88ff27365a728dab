#include "domain/Sequence.h"

#include "db/Database.h"
#include "db/Statement.h"

namespace amparo {

qint64 nextInSequence(db::Database& database, const QString& name)
{
    database.prepare("INSERT OR IGNORE INTO sequences (name, last) VALUES (?1, 0)")
        .bind(1, name)
        .run();
    database.prepare("UPDATE sequences SET last = last + 1 WHERE name = ?1").bind(1, name).run();
    db::Statement select = database.prepare("SELECT last FROM sequences WHERE name = ?1");
    select.bind(1, name).step();
    return select.int64(0);
}

} // namespace amparo
