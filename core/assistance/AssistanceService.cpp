#include "assistance/AssistanceService.h"

#include "assistance/AssistanceAudit.h"
#include "assistance/AssistanceWorkflow.h"
#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "domain/Vocabulary.h"
#include "people/PersonService.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <string>

namespace amparo {
namespace {

struct AssistanceText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::AssistanceService)
};

constexpr const char* kColumns =
    "SELECT a.id, a.case_id, a.person_id, a.type, a.description, a.status, a.provider_org_id, "
    "a.requested_on, "
    "ifnull(a.started_on, ''), ifnull(a.completed_on, ''), a.outcome, a.created_at, a.updated_at "
    "FROM assistance a JOIN cases c ON c.id = a.case_id ";

Assistance readAssistance(const db::Statement& row)
{
    Assistance a;
    a.id = row.int64(0);
    a.caseId = row.int64(1);
    a.personId = row.optionalInt64(2);
    a.type = row.text(3);
    a.description = row.text(4);
    a.status = row.text(5);
    a.providerOrgId = row.optionalInt64(6);
    a.requestedOn = fromStoredDate(row.text(7)).value_or(QDate());
    a.startedOn = fromStoredDate(row.text(8));
    a.completedOn = fromStoredDate(row.text(9));
    a.outcome = row.text(10);
    a.createdAt = QDateTime::fromString(row.text(11), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(row.text(12), Qt::ISODateWithMs);
    return a;
}

void bindAssistance(db::Statement& statement, const Assistance& a)
{
    statement.bind(1, a.personId)
        .bind(2, a.type)
        .bind(3, a.description)
        .bind(4, a.providerOrgId)
        .bind(5, toStoredDate(a.requestedOn))
        .bind(6, toStoredDate(a.startedOn))
        .bind(7, toStoredDate(a.completedOn))
        .bind(8, a.outcome);
}

} // namespace

Assistance AssistanceService::validated(const Assistance& input) const
{
    const Case c = CaseService(m_session).get(input.caseId);
    const Clock& clock = m_session.clock();
    Assistance a = input;
    a.type = requireTerm(Vocabulary::AssistanceType, AssistanceText::tr("The type of assistance"),
                         input.type);
    a.description = validate::text(AssistanceText::tr("The description"), input.description,
                                   validate::kLongText, true, true);
    a.outcome = validate::text(AssistanceText::tr("The outcome"), input.outcome,
                               validate::kLongText, false, true);
    if (!a.requestedOn.isValid())
        a.requestedOn = clock.nowUtc().date();
    validate::pastDate(AssistanceText::tr("The date of the request"), a.requestedOn, clock);
    if (a.startedOn) {
        validate::pastDate(AssistanceText::tr("The start date"), *a.startedOn, clock);
        validate::notBefore(AssistanceText::tr("The start date"), *a.startedOn,
                            AssistanceText::tr("the date of the request"), a.requestedOn);
    }
    if (a.completedOn) {
        validate::pastDate(AssistanceText::tr("The completion date"), *a.completedOn, clock);
        validate::notBefore(AssistanceText::tr("The completion date"), *a.completedOn,
                            AssistanceText::tr("the start date"),
                            a.startedOn.value_or(a.requestedOn));
    }
    if (a.personId) {
        const Person person = PersonService(m_session).get(*a.personId);
        db::Statement inCase = m_session.database().prepare(
            "SELECT 1 FROM case_people WHERE case_id = ?1 AND person_id = ?2");
        if (!inCase.bind(1, c.id).bind(2, person.id).step())
            throw Error(ErrorKind::Invalid,
                        AssistanceText::tr("The person %1 is not a person of case %2; add them "
                                           "to the case first.")
                            .arg(person.pseudonym, c.reference));
    }
    if (a.providerOrgId) {
        db::Statement org =
            m_session.database().prepare("SELECT 1 FROM organisations WHERE id = ?1");
        if (!org.bind(1, *a.providerOrgId).step())
            throw Error(ErrorKind::Invalid,
                        AssistanceText::tr("The provider organisation does not exist."));
    }
    return a;
}

Assistance AssistanceService::create(const Assistance& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    Assistance draft = input;
    draft.status = QStringLiteral("requested");
    draft.startedOn.reset();
    draft.completedOn.reset();
    Assistance a = validated(draft);
    db::Database& database = m_session.database();
    const QString now = toStoredTimestamp(m_session.clock().nowUtc());
    db::Transaction transaction(database);
    db::Statement insert =
        database.prepare("INSERT INTO assistance (person_id, type, description, provider_org_id, "
                         "requested_on, started_on, "
                         "completed_on, outcome, case_id, status, created_at, updated_at) VALUES "
                         "(?1, ?2, ?3, ?4, ?5, "
                         "nullif(?6, ''), nullif(?7, ''), ?8, ?9, ?10, ?11, ?11)");
    bindAssistance(insert, a);
    insert.bind(9, a.caseId).bind(10, a.status).bind(11, now).run();
    a.id = database.lastInsertRowId();
    a.createdAt = a.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    m_session.audit().append(m_session.actor(), QStringLiteral("assistance.create"),
                             QStringLiteral("assistance"), QString::number(a.id),
                             assistanceChanges(std::nullopt, a));
    m_session.notifyAfterCommit({QStringLiteral("assistance"), a.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return a;
}

void AssistanceService::update(const Assistance& changed)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Assistance before = get(changed.id);
    Assistance input = changed;
    input.caseId = before.caseId;
    input.status = before.status;
    // A date exists once the assistance reached it: it may be corrected, not
    // invented or erased.
    const bool started = before.startedOn.has_value();
    const bool completed = before.status == QLatin1String("completed");
    if (!started || !input.startedOn)
        input.startedOn = before.startedOn;
    if (!completed || !input.completedOn)
        input.completedOn = before.completedOn;
    const Assistance a = validated(input);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    db::Statement update = database.prepare(
        "UPDATE assistance SET person_id = ?1, type = ?2, description = ?3, provider_org_id = ?4, "
        "requested_on = ?5, started_on = nullif(?6, ''), completed_on = nullif(?7, ''), outcome = "
        "?8, "
        "updated_at = ?9 WHERE id = ?10");
    bindAssistance(update, a);
    update.bind(9, toStoredTimestamp(m_session.clock().nowUtc())).bind(10, a.id).run();
    const auto changes = assistanceChanges(before, a);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("assistance.update"),
                                 QStringLiteral("assistance"), QString::number(a.id), changes);
    m_session.notifyAfterCommit({QStringLiteral("assistance"), a.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void AssistanceService::transition(qint64 assistanceId, const QString& toStatus,
                                   const QString& note)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Assistance before = get(assistanceId);
    const QString to =
        requireTerm(Vocabulary::AssistanceStatus, AssistanceText::tr("The new status"), toStatus);
    const bool cancelling = to == QLatin1String("cancelled");
    const QString why =
        validate::text(AssistanceText::tr("The note"), note, 2000, cancelling, true);
    if (!isAllowedAssistanceTransition(before.status, to)) {
        const QStringList allowed = allowedNextAssistanceStatuses(before.status);
        const QString from = termLabel(Vocabulary::AssistanceStatus, before.status);
        const QString next =
            allowed.isEmpty() ? AssistanceText::tr("%1 is final.").arg(from)
                              : AssistanceText::tr("from %1 it can go to: %2.")
                                    .arg(from, termLabels(Vocabulary::AssistanceStatus, allowed));
        throw Error(ErrorKind::Refused,
                    AssistanceText::tr("This assistance cannot go from %1 to %2; %3")
                        .arg(from, termLabel(Vocabulary::AssistanceStatus, to), next));
    }
    const QDate today = m_session.clock().nowUtc().date();
    Assistance after = before;
    after.status = to;
    if (to == QLatin1String("in_progress") && !after.startedOn)
        after.startedOn = today;
    if (to == QLatin1String("completed"))
        after.completedOn = today;
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("UPDATE assistance SET status = ?1, started_on = nullif(?2, ''), completed_on = "
                 "nullif(?3, ''), "
                 "updated_at = ?4 WHERE id = ?5")
        .bind(1, to)
        .bind(2, toStoredDate(after.startedOn))
        .bind(3, toStoredDate(after.completedOn))
        .bind(4, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(5, assistanceId)
        .run();
    auto changes = assistanceChanges(before, after);
    if (!why.isEmpty())
        changes.push_back({QStringLiteral("note"), std::nullopt, why});
    m_session.audit().append(m_session.actor(), QStringLiteral("assistance.transition"),
                             QStringLiteral("assistance"), QString::number(assistanceId), changes);
    m_session.notifyAfterCommit(
        {QStringLiteral("assistance"), assistanceId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

Assistance AssistanceService::get(qint64 assistanceId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement statement =
        m_session.database().prepare(std::string(kColumns) + "WHERE a.id = ?1 AND " +
                                     visibleCaseCondition(m_session.user(), "c"));
    if (!statement.bind(1, assistanceId).step())
        throw Error(ErrorKind::NotFound,
                    AssistanceText::tr("There is no assistance with the id %1.").arg(assistanceId));
    return readAssistance(statement);
}

std::vector<Assistance> AssistanceService::listForCase(qint64 caseId) const
{
    CaseService(m_session).get(caseId);
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) + "WHERE a.case_id = ?1 ORDER BY a.requested_on, a.id");
    statement.bind(1, caseId);
    std::vector<Assistance> result;
    while (statement.step())
        result.push_back(readAssistance(statement));
    return result;
}

} // namespace amparo
