#include "audit/AuditQuery.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "util/Clock.h"
#include "vault/Session.h"

#include <string>

namespace amparo {
namespace audit {
namespace {

constexpr const char* kColumns =
    "SELECT seq, at, user_id, actor, action, entity_type, entity_id, details, prev_hash, hash "
    "FROM audit_log ";

// The WHERE clause of `filter` and the values of its parameters, in order.
struct Condition
{
    std::string sql;
    QStringList values;
};

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Condition conditionOf(const AuditFilter& filter)
{
    Condition condition;
    std::vector<std::string> parts;
    auto add = [&](const char* column, const char* op, const QString& value) {
        condition.values << value;
        parts.push_back(std::string(column) + op + "?" + std::to_string(condition.values.size()));
    };
    if (!filter.actor.isEmpty())
        add("actor", " = ", filter.actor);
    if (!filter.entityType.isEmpty())
        add("entity_type", " = ", filter.entityType);
    if (!filter.action.isEmpty())
        add("action", " = ", filter.action);
    // Stored timestamps are ISO 8601 UTC of one fixed shape: text order is time order.
    if (filter.from)
        add("at", " >= ", toStoredTimestamp(*filter.from));
    if (filter.until)
        add("at", " < ", toStoredTimestamp(*filter.until));
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        condition.values << likePattern(text);
        const std::string p = "?" + std::to_string(condition.values.size());
        parts.push_back("(action LIKE " + p + " ESCAPE '\\' OR entity_id LIKE " + p +
                        " ESCAPE '\\' OR actor LIKE " + p + " ESCAPE '\\' OR details LIKE " + p +
                        " ESCAPE '\\')");
    }
    for (std::size_t i = 0; i < parts.size(); ++i)
        condition.sql += (i == 0 ? "WHERE " : " AND ") + parts[i];
    return condition;
}

void bindValues(db::Statement& statement, const QStringList& values)
{
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
}

QStringList distinct(Session& session, const char* column)
{
    auth::requirePermission(session.user(), auth::Permission::ReadAuditTrail);
    db::Statement rows =
        session.database().prepare(std::string("SELECT DISTINCT ") + column +
                                   " FROM audit_log WHERE " + column + " <> '' ORDER BY 1");
    QStringList values;
    while (rows.step())
        values << rows.text(0);
    return values;
}

} // namespace

std::vector<AuditEntry> findEntries(Session& session, const AuditFilter& filter, int limit)
{
    auth::requirePermission(session.user(), auth::Permission::ReadAuditTrail);
    const Condition condition = conditionOf(filter);
    db::Statement rows = session.database().prepare(std::string(kColumns) + condition.sql +
                                                    " ORDER BY seq DESC LIMIT ?" +
                                                    std::to_string(condition.values.size() + 1));
    bindValues(rows, condition.values);
    rows.bind(static_cast<int>(condition.values.size()) + 1, limit);
    std::vector<AuditEntry> entries;
    while (rows.step()) {
        AuditEntry entry;
        entry.seq = rows.int64(0);
        entry.at = QDateTime::fromString(rows.text(1), Qt::ISODateWithMs);
        entry.userId = rows.optionalInt64(2);
        entry.actor = rows.text(3);
        entry.action = rows.text(4);
        entry.entityType = rows.text(5);
        entry.entityId = rows.text(6);
        entry.changes = decodeChanges(rows.text(7));
        entry.prevHash = rows.blob(8);
        entry.hash = rows.blob(9);
        entries.push_back(std::move(entry));
    }
    return entries;
}

qint64 countEntries(Session& session, const AuditFilter& filter)
{
    auth::requirePermission(session.user(), auth::Permission::ReadAuditTrail);
    const Condition condition = conditionOf(filter);
    db::Statement count =
        session.database().prepare("SELECT count(*) FROM audit_log " + condition.sql);
    bindValues(count, condition.values);
    count.step();
    return count.int64(0);
}

QStringList recordedActors(Session& session)
{
    return distinct(session, "actor");
}

QStringList recordedEntityTypes(Session& session)
{
    return distinct(session, "entity_type");
}

QStringList recordedActions(Session& session)
{
    return distinct(session, "action");
}

} // namespace audit
} // namespace amparo
