#include "audit/AuditEntry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QtEndian>
#include <algorithm>
#include <sodium.h>

namespace amparo {
namespace audit {
namespace {

QJsonValue optionalToJson(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> jsonToOptional(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toString();
}

void appendField(crypto_hash_sha256_state& state, const QByteArray& bytes)
{
    unsigned char length[4];
    qToBigEndian(static_cast<quint32>(bytes.size()), length);
    crypto_hash_sha256_update(&state, length, sizeof length);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              static_cast<unsigned long long>(bytes.size()));
}

} // namespace

QString encodeChanges(std::vector<FieldChange> changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const FieldChange& a, const FieldChange& b) { return a.field < b.field; });
    QJsonArray array;
    for (const FieldChange& change : changes)
        array.append(
            QJsonArray{change.field, optionalToJson(change.before), optionalToJson(change.after)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<FieldChange> decodeChanges(const QString& details)
{
    std::vector<FieldChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(details.toUtf8()).array();
    for (const QJsonValue& item : array) {
        const QJsonArray triple = item.toArray();
        changes.push_back(
            {triple.at(0).toString(), jsonToOptional(triple.at(1)), jsonToOptional(triple.at(2))});
    }
    return changes;
}

QByteArray chainHash(const QByteArray& prevHash, qint64 seq, const QString& at,
                     std::optional<qint64> userId, const QString& actor, const QString& action,
                     const QString& entityType, const QString& entityId, const QString& details)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    appendField(state, QByteArrayLiteral("amparo-audit-v1"));
    appendField(state, prevHash);
    appendField(state, QByteArray::number(seq));
    appendField(state, at.toUtf8());
    appendField(state, userId ? QByteArray::number(*userId) : QByteArray());
    appendField(state, actor.toUtf8());
    appendField(state, action.toUtf8());
    appendField(state, entityType.toUtf8());
    appendField(state, entityId.toUtf8());
    appendField(state, details.toUtf8());
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

} // namespace audit
} // namespace amparo
