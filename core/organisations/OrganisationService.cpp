#include "organisations/OrganisationService.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <string>

namespace amparo {
namespace {

struct OrganisationText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::OrganisationService)
};

constexpr const char* kColumns = "SELECT id, name, kind, ifnull(country, ''), contact, notes, "
                                 "created_at, updated_at FROM organisations ";

Organisation readOrganisation(const db::Statement& row)
{
    return {row.int64(0),
            row.text(1),
            row.text(2),
            row.text(3),
            row.text(4),
            row.text(5),
            QDateTime::fromString(row.text(6), Qt::ISODateWithMs),
            QDateTime::fromString(row.text(7), Qt::ISODateWithMs)};
}

std::vector<audit::FieldChange> organisationChanges(const std::optional<Organisation>& before,
                                                    const Organisation& after)
{
    std::vector<audit::FieldChange> changes;
    auto field = [&](const char* name, const QString& was, const QString& now) {
        if (!before || was != now)
            changes.push_back({QString::fromLatin1(name),
                               before ? std::optional<QString>(was) : std::nullopt, now});
    };
    const Organisation empty;
    const Organisation& old = before ? *before : empty;
    field("name", old.name, after.name);
    field("kind", old.kind, after.kind);
    field("country", old.country, after.country);
    field("contact", old.contact, after.contact);
    field("notes", old.notes, after.notes);
    return changes;
}

} // namespace

void OrganisationService::requireEditor() const
{
    if (!auth::rolesAllow(m_session.user().roles, auth::Permission::ManageSettings))
        auth::requirePermission(m_session.user(), auth::Permission::EditCases);
}

Organisation OrganisationService::validated(const Organisation& input) const
{
    Organisation o = input;
    o.name = validate::text(OrganisationText::tr("The organisation's name"), input.name,
                            validate::kShortText, true);
    o.kind = requireTerm(Vocabulary::OrganisationKind,
                         OrganisationText::tr("The kind of organisation"), input.kind);
    o.country =
        validate::country(OrganisationText::tr("The organisation's country"), input.country, false);
    o.contact =
        validate::text(OrganisationText::tr("The contact"), input.contact, 2000, false, true);
    o.notes = validate::text(OrganisationText::tr("The notes"), input.notes, validate::kLongText,
                             false, true);
    return o;
}

qint64 OrganisationService::create(const Organisation& input)
{
    requireEditor();
    const Organisation o = validated(input);
    db::Database& database = m_session.database();
    const QString now = toStoredTimestamp(m_session.clock().nowUtc());
    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO organisations (name, kind, country, contact, notes, created_at, "
                 "updated_at) "
                 "VALUES (?1, ?2, nullif(?3, ''), ?4, ?5, ?6, ?6)")
        .bind(1, o.name)
        .bind(2, o.kind)
        .bind(3, o.country)
        .bind(4, o.contact)
        .bind(5, o.notes)
        .bind(6, now)
        .run();
    const qint64 id = database.lastInsertRowId();
    m_session.audit().append(m_session.actor(), QStringLiteral("organisation.create"),
                             QStringLiteral("organisation"), QString::number(id),
                             organisationChanges(std::nullopt, o));
    m_session.notifyAfterCommit({QStringLiteral("organisation"), id, ChangeEvent::Kind::Created});
    transaction.commit();
    return id;
}

void OrganisationService::update(const Organisation& organisation)
{
    requireEditor();
    const Organisation before = get(organisation.id);
    const Organisation o = validated(organisation);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("UPDATE organisations SET name = ?1, kind = ?2, country = nullif(?3, ''), contact "
                 "= ?4, notes = ?5, "
                 "updated_at = ?6 WHERE id = ?7")
        .bind(1, o.name)
        .bind(2, o.kind)
        .bind(3, o.country)
        .bind(4, o.contact)
        .bind(5, o.notes)
        .bind(6, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(7, o.id)
        .run();
    const auto changes = organisationChanges(before, o);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("organisation.update"),
                                 QStringLiteral("organisation"), QString::number(o.id), changes);
    m_session.notifyAfterCommit({QStringLiteral("organisation"), o.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

Organisation OrganisationService::get(qint64 id) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement statement = m_session.database().prepare(std::string(kColumns) + "WHERE id = ?1");
    if (!statement.bind(1, id).step())
        throw Error(ErrorKind::NotFound,
                    OrganisationText::tr("There is no organisation with the id %1.").arg(id));
    return readOrganisation(statement);
}

std::optional<Organisation> OrganisationService::findByName(const QString& name) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) + "WHERE name = ?1 COLLATE NOCASE LIMIT 1");
    if (!statement.bind(1, name.trimmed()).step())
        return std::nullopt;
    return readOrganisation(statement);
}

std::vector<Organisation> OrganisationService::list(const QString& kind) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) + "WHERE (?1 = '' OR kind = ?1) ORDER BY name COLLATE NOCASE");
    statement.bind(1, kind);
    std::vector<Organisation> result;
    while (statement.step())
        result.push_back(readOrganisation(statement));
    return result;
}

} // namespace amparo
