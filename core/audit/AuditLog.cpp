#include "audit/AuditLog.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <string>

namespace amparo {
namespace audit {
namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::AuditLog)
};

constexpr const char* kColumns =
    "SELECT seq, at, user_id, actor, action, entity_type, entity_id, details, prev_hash, hash "
    "FROM audit_log ";

AuditEntry readEntry(const db::Statement& row)
{
    AuditEntry entry;
    entry.seq = row.int64(0);
    entry.at = QDateTime::fromString(row.text(1), Qt::ISODateWithMs);
    entry.userId = row.optionalInt64(2);
    entry.actor = row.text(3);
    entry.action = row.text(4);
    entry.entityType = row.text(5);
    entry.entityId = row.text(6);
    entry.changes = decodeChanges(row.text(7));
    entry.prevHash = row.blob(8);
    entry.hash = row.blob(9);
    return entry;
}

QString describe(qint64 seq, const QString& at, const QString& action, const QString& actor)
{
    return AuditText::tr("entry #%1 (%2, %3 by %4)").arg(seq).arg(at, action, actor);
}

} // namespace

qint64 AuditLog::append(const Actor& actor, const QString& action, const QString& entityType,
                        const QString& entityId, const std::vector<FieldChange>& changes)
{
    QByteArray prevHash(32, '\0');
    qint64 seq = 1;
    {
        db::Statement last =
            m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            seq = last.int64(0) + 1;
            prevHash = last.blob(1);
        }
    }
    const QString at = toStoredTimestamp(m_clock.nowUtc());
    const QString details = encodeChanges(changes);
    const QByteArray hash = chainHash(prevHash, seq, at, actor.userId, actor.login, action,
                                      entityType, entityId, details);
    db::Statement insert = m_db.prepare(
        "INSERT INTO audit_log (seq, at, user_id, actor, action, entity_type, entity_id, details, "
        "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, seq)
        .bind(2, at)
        .bind(3, actor.userId)
        .bind(4, actor.login)
        .bind(5, action)
        .bind(6, entityType)
        .bind(7, entityId)
        .bind(8, details)
        .bindBlob(9, prevHash)
        .bindBlob(10, hash)
        .run();
    return seq;
}

ChainVerification AuditLog::verify() const
{
    ChainVerification result;
    QByteArray expectedPrev(32, '\0');
    qint64 expectedSeq = 1;
    db::Statement rows = m_db.prepare(std::string(kColumns) + "ORDER BY seq");
    while (rows.step()) {
        const qint64 seq = rows.int64(0);
        const QString at = rows.text(1);
        const QString actor = rows.text(3);
        const QString action = rows.text(4);
        const QString details = rows.text(7);
        const QByteArray prevHash = rows.blob(8);
        const QByteArray hash = rows.blob(9);
        auto fail = [&](qint64 badSeq, QString problem) {
            result.intact = false;
            result.firstBadSeq = badSeq;
            result.problem = std::move(problem);
        };
        if (seq != expectedSeq) {
            fail(expectedSeq, AuditText::tr("Audit trail broken: entry #%1 is missing (entries "
                                            "were deleted before %2).")
                                  .arg(expectedSeq)
                                  .arg(describe(seq, at, action, actor)));
            break;
        }
        if (prevHash != expectedPrev) {
            fail(seq, AuditText::tr("Audit trail broken: %1 does not follow the entry before it "
                                    "(an entry was inserted, deleted or reordered).")
                          .arg(describe(seq, at, action, actor)));
            break;
        }
        const QByteArray recomputed = chainHash(prevHash, seq, at, rows.optionalInt64(2), actor,
                                                action, rows.text(5), rows.text(6), details);
        if (recomputed != hash) {
            fail(seq, AuditText::tr("Audit trail broken: %1 was modified after it was written.")
                          .arg(describe(seq, at, action, actor)));
            break;
        }
        expectedPrev = hash;
        ++expectedSeq;
        ++result.entries;
    }
    result.headHash = expectedPrev;
    return result;
}

std::vector<AuditEntry> AuditLog::entriesFor(const QString& entityType,
                                             const QString& entityId) const
{
    db::Statement rows = m_db.prepare(std::string(kColumns) +
                                      "WHERE entity_type = ?1 AND entity_id = ?2 ORDER BY seq");
    rows.bind(1, entityType).bind(2, entityId);
    std::vector<AuditEntry> entries;
    while (rows.step())
        entries.push_back(readEntry(rows));
    return entries;
}

std::vector<AuditEntry> AuditLog::latest(int limit) const
{
    db::Statement rows = m_db.prepare(std::string(kColumns) + "ORDER BY seq DESC LIMIT ?1");
    rows.bind(1, limit);
    std::vector<AuditEntry> entries;
    while (rows.step())
        entries.push_back(readEntry(rows));
    return entries;
}

qint64 AuditLog::count() const
{
    db::Statement statement = m_db.prepare("SELECT count(*) FROM audit_log");
    statement.step();
    return statement.int64(0);
}

} // namespace audit
} // namespace amparo
