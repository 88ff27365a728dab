#pragma once

#include "audit/AuditEntry.h"

#include <QString>
#include <optional>
#include <vector>

namespace amparo {
class Clock;
namespace db {
class Database;
}
} // namespace amparo

namespace amparo {
namespace audit {

struct Actor
{
    std::optional<qint64> userId;
    QString login;
};

struct ChainVerification
{
    bool intact = true;
    qint64 entries = 0;
    QByteArray headHash;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // names the entry and what is wrong with it
};

// The append-only, hash-chained audit trail. append() must be called inside
// the service's own transaction so that the act and its record commit (or
// vanish) together.
class AuditLog
{
public:
    AuditLog(db::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    qint64 append(const Actor& actor, const QString& action, const QString& entityType,
                  const QString& entityId, const std::vector<FieldChange>& changes = {});

    ChainVerification verify() const;
    std::vector<AuditEntry> entriesFor(const QString& entityType, const QString& entityId) const;
    std::vector<AuditEntry> latest(int limit) const;
    qint64 count() const;

private:
    db::Database& m_db;
    const Clock& m_clock;
};

} // namespace audit
} // namespace amparo
