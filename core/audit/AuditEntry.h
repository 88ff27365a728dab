#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {
namespace audit {

// One field's value before and after an act; absent on either side for
// creations and deletions.
struct FieldChange
{
    QString field;
    std::optional<QString> before;
    std::optional<QString> after;
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    std::optional<qint64> userId;
    QString actor; // login at the time, so the entry still reads after removal
    QString action;
    QString entityType;
    QString entityId;
    std::vector<FieldChange> changes;
    QByteArray prevHash;
    QByteArray hash;
};

// The canonical text of `changes` as stored (compact JSON, fields sorted).
QString encodeChanges(std::vector<FieldChange> changes);
std::vector<FieldChange> decodeChanges(const QString& details);

// SHA-256 over the previous hash and a length-prefixed encoding of every
// stored column, so that no column can change without the hash changing.
QByteArray chainHash(const QByteArray& prevHash, qint64 seq, const QString& at,
                     std::optional<qint64> userId, const QString& actor, const QString& action,
                     const QString& entityType, const QString& entityId, const QString& details);

} // namespace audit
} // namespace amparo
