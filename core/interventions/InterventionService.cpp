#include "interventions/InterventionService.h"

#include "audit/AuditEntry.h"
#include "audit/FieldDiff.h"
#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "domain/Vocabulary.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <string>

namespace amparo {
namespace {

struct InterventionText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::InterventionService)
};

constexpr const char* kColumns =
    "SELECT i.id, i.case_id, i.kind, i.sent_on, i.addressee, i.addressee_org_id, i.reference, "
    "ifnull(i.response_on, ''), i.response, i.outcome, i.created_at, i.updated_at "
    "FROM interventions i JOIN cases c ON c.id = i.case_id ";

Intervention readIntervention(const db::Statement& row)
{
    Intervention i;
    i.id = row.int64(0);
    i.caseId = row.int64(1);
    i.kind = row.text(2);
    i.sentOn = fromStoredDate(row.text(3)).value_or(QDate());
    i.addressee = row.text(4);
    i.addresseeOrgId = row.optionalInt64(5);
    i.reference = row.text(6);
    i.responseOn = fromStoredDate(row.text(7));
    i.response = row.text(8);
    i.outcome = row.text(9);
    i.createdAt = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    i.updatedAt = QDateTime::fromString(row.text(11), Qt::ISODateWithMs);
    return i;
}

void bindIntervention(db::Statement& statement, const Intervention& i)
{
    statement.bind(1, i.kind)
        .bind(2, toStoredDate(i.sentOn))
        .bind(3, i.addressee)
        .bind(4, i.addresseeOrgId)
        .bind(5, i.reference)
        .bind(6, toStoredDate(i.responseOn))
        .bind(7, i.response)
        .bind(8, i.outcome);
}

std::vector<audit::FieldChange> interventionChanges(const std::optional<Intervention>& before,
                                                    const Intervention& after)
{
    const Intervention empty;
    const Intervention& old = before ? *before : empty;
    audit::FieldDiff diff(!before);
    diff.field("case_id", before ? QString::number(old.caseId) : QString(),
               QString::number(after.caseId));
    diff.field("kind", old.kind, after.kind);
    diff.field("sent_on", toStoredDate(old.sentOn), toStoredDate(after.sentOn));
    diff.field("addressee", old.addressee, after.addressee);
    diff.field("addressee_org_id", audit::FieldDiff::id(old.addresseeOrgId),
               audit::FieldDiff::id(after.addresseeOrgId));
    diff.field("reference", old.reference, after.reference);
    diff.field("response_on", toStoredDate(old.responseOn), toStoredDate(after.responseOn));
    diff.field("response", old.response, after.response);
    diff.field("outcome", old.outcome, after.outcome);
    return diff.take();
}

} // namespace

Intervention InterventionService::validated(const Intervention& input) const
{
    CaseService(m_session).get(input.caseId);
    const Clock& clock = m_session.clock();
    Intervention i = input;
    i.kind = requireTerm(Vocabulary::InterventionKind,
                         InterventionText::tr("The kind of intervention"), input.kind);
    if (!i.sentOn.isValid())
        throw Error(ErrorKind::Invalid, InterventionText::tr("The date it was sent is required."));
    validate::pastDate(InterventionText::tr("The date it was sent"), i.sentOn, clock);
    QString organisationName;
    if (i.addresseeOrgId) {
        db::Statement org =
            m_session.database().prepare("SELECT name FROM organisations WHERE id = ?1");
        if (!org.bind(1, *i.addresseeOrgId).step())
            throw Error(ErrorKind::Invalid,
                        InterventionText::tr("The addressee organisation does not exist."));
        organisationName = org.text(0);
    }
    // Naming the organisation is enough; its name then stands as the addressee.
    const QString addressee =
        input.addressee.trimmed().isEmpty() ? organisationName : input.addressee;
    i.addressee = validate::text(InterventionText::tr("The addressee"), addressee,
                                 validate::kShortText, true);
    i.reference = validate::text(InterventionText::tr("The reference"), input.reference,
                                 validate::kShortText, false);
    if (i.responseOn) {
        validate::pastDate(InterventionText::tr("The date of the response"), *i.responseOn, clock);
        validate::notBefore(InterventionText::tr("The date of the response"), *i.responseOn,
                            InterventionText::tr("the date it was sent"), i.sentOn);
    }
    i.response = validate::text(InterventionText::tr("The response"), input.response,
                                validate::kLongText, false, true);
    i.outcome = validate::text(InterventionText::tr("The outcome"), input.outcome,
                               validate::kLongText, false, true);
    return i;
}

Intervention InterventionService::create(const Intervention& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    Intervention i = validated(input);
    db::Database& database = m_session.database();
    const QString now = toStoredTimestamp(m_session.clock().nowUtc());
    db::Transaction transaction(database);
    db::Statement insert =
        database.prepare("INSERT INTO interventions (kind, sent_on, addressee, addressee_org_id, "
                         "reference, response_on, response, "
                         "outcome, case_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, "
                         "nullif(?6, ''), ?7, ?8, ?9, ?10, ?10)");
    bindIntervention(insert, i);
    insert.bind(9, i.caseId).bind(10, now).run();
    i.id = database.lastInsertRowId();
    i.createdAt = i.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    m_session.audit().append(m_session.actor(), QStringLiteral("intervention.create"),
                             QStringLiteral("intervention"), QString::number(i.id),
                             interventionChanges(std::nullopt, i));
    m_session.notifyAfterCommit({QStringLiteral("intervention"), i.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return i;
}

void InterventionService::update(const Intervention& changed)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Intervention before = get(changed.id);
    Intervention input = changed;
    input.caseId = before.caseId;
    const Intervention i = validated(input);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    db::Statement update =
        database.prepare("UPDATE interventions SET kind = ?1, sent_on = ?2, addressee = ?3, "
                         "addressee_org_id = ?4, reference = ?5, "
                         "response_on = nullif(?6, ''), response = ?7, outcome = ?8, updated_at = "
                         "?9 WHERE id = ?10");
    bindIntervention(update, i);
    update.bind(9, toStoredTimestamp(m_session.clock().nowUtc())).bind(10, i.id).run();
    const auto changes = interventionChanges(before, i);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("intervention.update"),
                                 QStringLiteral("intervention"), QString::number(i.id), changes);
    m_session.notifyAfterCommit({QStringLiteral("intervention"), i.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

Intervention InterventionService::get(qint64 interventionId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement statement =
        m_session.database().prepare(std::string(kColumns) + "WHERE i.id = ?1 AND " +
                                     visibleCaseCondition(m_session.user(), "c"));
    if (!statement.bind(1, interventionId).step())
        throw Error(
            ErrorKind::NotFound,
            InterventionText::tr("There is no intervention with the id %1.").arg(interventionId));
    return readIntervention(statement);
}

std::vector<Intervention> InterventionService::listForCase(qint64 caseId) const
{
    CaseService(m_session).get(caseId);
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) + "WHERE i.case_id = ?1 ORDER BY i.sent_on, i.id");
    statement.bind(1, caseId);
    std::vector<Intervention> result;
    while (statement.step())
        result.push_back(readIntervention(statement));
    return result;
}

} // namespace amparo
