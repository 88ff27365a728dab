#include "cases/CaseService.h"

#include "auth/Permission.h"
#include "auth/UserRepository.h"
#include "cases/CaseAudit.h"
#include "cases/CaseReader.h"
#include "cases/CaseWorkflow.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Sequence.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "people/PersonService.h"
#include "search/SearchIndex.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace amparo {
namespace {

struct CaseText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::CaseService)
};

void bindCase(db::Statement& statement, const Case& c)
{
    statement.bind(1, c.title)
        .bind(2, c.narrative)
        .bind(3, c.programme)
        .bind(4, c.country)
        .bind(5, c.place)
        .bind(6, toStoredDate(c.incidentOn))
        .bind(7, toStoredDate(c.reportedOn))
        .bind(8, toStoredDate(c.openedOn))
        .bind(9, toStoredDate(c.closedOn))
        .bind(10, c.referringOrgId)
        .bind(11, c.priority)
        .bind(12, c.risk)
        .bind(13, c.restricted)
        .bind(14, c.externalId);
}

} // namespace

Case CaseService::validated(const Case& input) const
{
    const Clock& clock = m_session.clock();
    Case c = input;
    c.title = validate::text(CaseText::tr("The title"), input.title, validate::kShortText, true);
    c.narrative = validate::text(CaseText::tr("The narrative"), input.narrative,
                                 validate::kLongText, false, true);
    c.programme =
        requireTerm(Vocabulary::Programme, CaseText::tr("The programme"), input.programme);
    c.country = validate::country(CaseText::tr("The country"), input.country, true);
    c.place = validate::text(CaseText::tr("The place"), input.place, validate::kShortText, false);
    c.priority = requireTerm(Vocabulary::Priority, CaseText::tr("The priority"), input.priority);
    c.risk = validate::text(CaseText::tr("The risk assessment"), input.risk, validate::kLongText,
                            false, true);
    c.externalId = validate::text(CaseText::tr("The external id"), input.externalId, 100, false);
    if (!c.openedOn.isValid())
        c.openedOn = clock.nowUtc().date();
    validate::pastDate(CaseText::tr("The opening date"), c.openedOn, clock);
    if (c.incidentOn)
        validate::pastDate(CaseText::tr("The incident date"), *c.incidentOn, clock);
    if (c.reportedOn) {
        validate::pastDate(CaseText::tr("The reporting date"), *c.reportedOn, clock);
        if (c.incidentOn)
            validate::notBefore(CaseText::tr("The reporting date"), *c.reportedOn,
                                CaseText::tr("the incident date"), *c.incidentOn);
    }
    if (c.referringOrgId) {
        db::Statement org =
            m_session.database().prepare("SELECT 1 FROM organisations WHERE id = ?1");
        if (!org.bind(1, *c.referringOrgId).step())
            throw Error(ErrorKind::Invalid,
                        CaseText::tr("The referring organisation does not exist."));
    }
    return c;
}

std::optional<QString> CaseService::problemWith(const Case& input) const
{
    try {
        validated(input);
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Invalid)
            throw;
        return error.message();
    }
    return std::nullopt;
}

QString CaseService::newReference(const QDate& openedOn)
{
    const QString prefix = settings::value(m_session.database(), settings::kCaseReferencePrefix);
    const int year = openedOn.year();
    // Imported cases keep their references, so a number may already be taken.
    db::Statement taken = m_session.database().prepare("SELECT 1 FROM cases WHERE reference = ?1");
    for (;;) {
        const qint64 number = nextInSequence(m_session.database(),
                                             QStringLiteral("case:%1:%2").arg(prefix).arg(year));
        const QString reference =
            QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(number, 4, 10, QLatin1Char('0'));
        taken.reset();
        if (!taken.bind(1, reference).step())
            return reference;
    }
}

void CaseService::requireCaseworker(qint64 userId) const
{
    const auto user = auth::UserRepository(m_session.database()).findById(userId);
    if (!user || !user->isActive() || !user->roles.has(auth::Role::Caseworker))
        throw Error(ErrorKind::Invalid,
                    CaseText::tr("Cases can only be assigned to active caseworkers."));
}

void CaseService::requireUnusedExternalId(const QString& externalId, qint64 exceptCaseId) const
{
    if (externalId.isEmpty())
        return;
    // Checked against every case, visible or not; the message does not say which.
    db::Statement taken =
        m_session.database().prepare("SELECT 1 FROM cases WHERE external_id = ?1 AND id <> ?2");
    if (taken.bind(1, externalId).bind(2, exceptCaseId).step())
        throw Error(ErrorKind::Refused,
                    CaseText::tr("The external id \"%1\" is already used by another case.")
                        .arg(externalId));
}

void CaseService::touch(qint64 caseId)
{
    m_session.database()
        .prepare("UPDATE cases SET updated_at = ?1 WHERE id = ?2")
        .bind(1, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(2, caseId)
        .run();
}

Case CaseService::create(const Case& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    Case c = validated(input);
    db::Database& database = m_session.database();
    const QString now = toStoredTimestamp(m_session.clock().nowUtc());

    db::Transaction transaction(database);
    requireUnusedExternalId(c.externalId, 0);
    if (c.reference.trimmed().isEmpty()) {
        c.reference = newReference(c.openedOn);
    } else {
        c.reference = c.reference.trimmed().toUpper();
        static const QRegularExpression shape(
            QStringLiteral("^[A-Z][A-Z0-9]{0,7}-[0-9]{4}-[0-9]{1,6}$"));
        if (!shape.match(c.reference).hasMatch())
            throw Error(ErrorKind::Invalid,
                        CaseText::tr("The reference \"%1\" is not of the form PREFIX-YEAR-NUMBER.")
                            .arg(c.reference.left(40)));
        db::Statement taken = database.prepare("SELECT 1 FROM cases WHERE reference = ?1");
        if (taken.bind(1, c.reference).step())
            throw Error(ErrorKind::Refused,
                        CaseText::tr("The reference %1 is already used.").arg(c.reference));
    }
    c.status = QStringLiteral("intake");
    c.closedOn.reset();
    db::Statement insert =
        database.prepare("INSERT INTO cases (title, narrative, programme, country, place, "
                         "incident_on, reported_on, opened_on, "
                         "closed_on, referring_org_id, priority, risk, restricted, external_id, "
                         "reference, status, created_by, "
                         "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, ''), "
                         "nullif(?7, ''), ?8, nullif(?9, ''), "
                         "?10, ?11, ?12, ?13, nullif(?14, ''), ?15, ?16, ?17, ?18, ?18)");
    bindCase(insert, c);
    insert.bind(15, c.reference)
        .bind(16, c.status)
        .bind(17, m_session.user().id)
        .bind(18, now)
        .run();
    c.id = database.lastInsertRowId();
    c.createdBy = m_session.user().id;

    database
        .prepare(
            "INSERT INTO case_transitions (case_id, from_status, to_status, reason, user_id, at) "
            "VALUES (?1, NULL, 'intake', ?2, ?3, ?4)")
        .bind(1, c.id)
        .bind(2, CaseText::tr("Case opened"))
        .bind(3, m_session.user().id)
        .bind(4, now)
        .run();
    // The author keeps sight of a restricted case they open.
    database.prepare("INSERT INTO case_assignments (case_id, user_id) VALUES (?1, ?2)")
        .bind(1, c.id)
        .bind(2, m_session.user().id)
        .run();
    c.assigneeIds = {m_session.user().id};
    m_session.audit().append(m_session.actor(), QStringLiteral("case.create"),
                             QStringLiteral("case"), QString::number(c.id),
                             caseChanges(std::nullopt, c));
    search::SearchIndex(database).reindexCase(c.id);
    m_session.notifyAfterCommit({QStringLiteral("case"), c.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return c;
}

void CaseService::update(const Case& changed)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Case before = get(changed.id);
    Case c = validated(changed);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    requireUnusedExternalId(c.externalId, c.id);
    // Status and closing date change only through transition().
    c.closedOn = before.closedOn;
    db::Statement update = database.prepare(
        "UPDATE cases SET title = ?1, narrative = ?2, programme = ?3, country = ?4, place = ?5, "
        "incident_on = nullif(?6, ''), reported_on = nullif(?7, ''), opened_on = ?8, closed_on = "
        "nullif(?9, ''), "
        "referring_org_id = ?10, priority = ?11, risk = ?12, restricted = ?13, external_id = "
        "nullif(?14, ''), "
        "updated_at = ?15 WHERE id = ?16");
    bindCase(update, c);
    update.bind(15, toStoredTimestamp(m_session.clock().nowUtc())).bind(16, c.id).run();
    const auto changes = caseChanges(before, c);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("case.update"),
                                 QStringLiteral("case"), QString::number(c.id), changes);
    search::SearchIndex(database).reindexCase(c.id);
    m_session.notifyAfterCommit({QStringLiteral("case"), c.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void CaseService::transition(qint64 caseId, const QString& toStatus, const QString& reason)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Case c = get(caseId);
    const QString to =
        requireTerm(Vocabulary::CaseStatus, CaseText::tr("The new status"), toStatus);
    const QString why = validate::text(CaseText::tr("The reason"), reason, 2000, true, true);
    if (!isAllowedTransition(c.status, to))
        throw Error(ErrorKind::Refused,
                    CaseText::tr("Case %1 cannot go from %2 to %3; from %2 it can go to: %4.")
                        .arg(c.reference, termLabel(Vocabulary::CaseStatus, c.status),
                             termLabel(Vocabulary::CaseStatus, to),
                             termLabels(Vocabulary::CaseStatus, allowedNextStatuses(c.status))));
    db::Database& database = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();
    db::Transaction transaction(database);
    const bool closing = to == QLatin1String("closed");
    database.prepare("UPDATE cases SET status = ?1, closed_on = ?2, updated_at = ?3 WHERE id = ?4")
        .bind(1, to)
        .bind(2, closing ? std::optional<QString>(now.date().toString(Qt::ISODate)) : std::nullopt)
        .bind(3, toStoredTimestamp(now))
        .bind(4, caseId)
        .run();
    database
        .prepare(
            "INSERT INTO case_transitions (case_id, from_status, to_status, reason, user_id, at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, caseId)
        .bind(2, c.status)
        .bind(3, to)
        .bind(4, why)
        .bind(5, m_session.user().id)
        .bind(6, toStoredTimestamp(now))
        .run();
    m_session.audit().append(
        m_session.actor(), QStringLiteral("case.transition"), QStringLiteral("case"),
        QString::number(caseId),
        {{QStringLiteral("status"), c.status, to}, {QStringLiteral("reason"), std::nullopt, why}});
    m_session.notifyAfterCommit({QStringLiteral("case"), caseId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void CaseService::setImportedStatus(qint64 caseId, const QString& status)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Case c = get(caseId);
    const QString to = requireTerm(Vocabulary::CaseStatus, CaseText::tr("The status"), status);
    if (to == c.status)
        return;
    if (CaseReader(m_session).transitions(caseId).size() != 1)
        throw Error(ErrorKind::Refused, CaseText::tr("Case %1 already has a history; its status "
                                                     "changes only through the workflow.")
                                            .arg(c.reference));
    db::Database& database = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();
    const QString reason = CaseText::tr("Imported");
    const bool closed = to == QLatin1String("closed");
    db::Transaction transaction(database);
    database.prepare("UPDATE cases SET status = ?1, closed_on = ?2, updated_at = ?3 WHERE id = ?4")
        .bind(1, to)
        .bind(2, closed ? std::optional<QString>(now.date().toString(Qt::ISODate)) : std::nullopt)
        .bind(3, toStoredTimestamp(now))
        .bind(4, caseId)
        .run();
    database
        .prepare("INSERT INTO case_transitions (case_id, from_status, to_status, reason, user_id, "
                 "at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, caseId)
        .bind(2, c.status)
        .bind(3, to)
        .bind(4, reason)
        .bind(5, m_session.user().id)
        .bind(6, toStoredTimestamp(now))
        .run();
    m_session.audit().append(m_session.actor(), QStringLiteral("case.import_status"),
                             QStringLiteral("case"), QString::number(caseId),
                             {{QStringLiteral("status"), c.status, to},
                              {QStringLiteral("reason"), std::nullopt, reason}});
    m_session.notifyAfterCommit({QStringLiteral("case"), caseId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void CaseService::assign(qint64 caseId, qint64 userId)
{
    if (!auth::rolesAllow(m_session.user().roles, auth::Permission::ManageUsers))
        auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Case c = get(caseId);
    requireCaseworker(userId);
    db::Transaction transaction(m_session.database());
    m_session.database()
        .prepare("INSERT OR IGNORE INTO case_assignments (case_id, user_id) VALUES (?1, ?2)")
        .bind(1, caseId)
        .bind(2, userId)
        .run();
    if (m_session.database().changes() > 0) {
        touch(caseId);
        m_session.audit().append(
            m_session.actor(), QStringLiteral("case.assign"), QStringLiteral("case"),
            QString::number(caseId),
            {{QStringLiteral("assignee"), std::nullopt, QString::number(userId)}});
        m_session.notifyAfterCommit({QStringLiteral("case"), caseId, ChangeEvent::Kind::Updated});
    }
    transaction.commit();
}

void CaseService::unassign(qint64 caseId, qint64 userId)
{
    if (!auth::rolesAllow(m_session.user().roles, auth::Permission::ManageUsers))
        auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    get(caseId);
    db::Transaction transaction(m_session.database());
    m_session.database()
        .prepare("DELETE FROM case_assignments WHERE case_id = ?1 AND user_id = ?2")
        .bind(1, caseId)
        .bind(2, userId)
        .run();
    if (m_session.database().changes() > 0) {
        touch(caseId);
        m_session.audit().append(
            m_session.actor(), QStringLiteral("case.unassign"), QStringLiteral("case"),
            QString::number(caseId),
            {{QStringLiteral("assignee"), QString::number(userId), std::nullopt}});
        m_session.notifyAfterCommit({QStringLiteral("case"), caseId, ChangeEvent::Kind::Updated});
    }
    transaction.commit();
}

void CaseService::addPerson(qint64 caseId, qint64 personId, const QString& role,
                            const QString& perpetratorType)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    get(caseId);
    const QString roleName =
        requireTerm(Vocabulary::PersonRole, CaseText::tr("The role in the case"), role);
    QString perpetrator;
    if (roleName == QLatin1String("perpetrator") && !perpetratorType.trimmed().isEmpty())
        perpetrator = requireTerm(Vocabulary::PerpetratorType, CaseText::tr("The perpetrator type"),
                                  perpetratorType);
    db::Database& database = m_session.database();
    // Through the person service: a person the user may not see cannot be
    // pulled into their case (and so read through it).
    const QString pseudonym = PersonService(m_session).get(personId).pseudonym;
    db::Transaction transaction(database);
    database
        .prepare("INSERT OR REPLACE INTO case_people (case_id, person_id, role, perpetrator_type) "
                 "VALUES (?1, ?2, ?3, ?4)")
        .bind(1, caseId)
        .bind(2, personId)
        .bind(3, roleName)
        .bind(4, perpetrator)
        .run();
    touch(caseId);
    m_session.audit().append(m_session.actor(), QStringLiteral("case.add_person"),
                             QStringLiteral("case"), QString::number(caseId),
                             {{QStringLiteral("person"), std::nullopt, pseudonym},
                              {QStringLiteral("role"), std::nullopt, roleName}});
    search::SearchIndex(database).reindexCase(caseId);
    m_session.notifyAfterCommit({QStringLiteral("case"), caseId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void CaseService::removePerson(qint64 caseId, qint64 personId, const QString& role)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    get(caseId);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database.prepare("DELETE FROM case_people WHERE case_id = ?1 AND person_id = ?2 AND role = ?3")
        .bind(1, caseId)
        .bind(2, personId)
        .bind(3, role)
        .run();
    if (database.changes() == 0)
        throw Error(ErrorKind::NotFound,
                    CaseText::tr("That person does not have that role in the case."));
    touch(caseId);
    m_session.audit().append(m_session.actor(), QStringLiteral("case.remove_person"),
                             QStringLiteral("case"), QString::number(caseId),
                             {{QStringLiteral("person"), QString::number(personId), std::nullopt},
                              {QStringLiteral("role"), role, std::nullopt}});
    search::SearchIndex(database).reindexCase(caseId);
    m_session.notifyAfterCommit({QStringLiteral("case"), caseId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

Case CaseService::get(qint64 caseId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    auto found = CaseReader(m_session).byId(caseId);
    if (!found)
        throw Error(ErrorKind::NotFound,
                    CaseText::tr("There is no case with the id %1.").arg(caseId));
    return std::move(*found);
}

Case CaseService::getByReference(const QString& reference) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    auto found = CaseReader(m_session).byReference(reference.trimmed().toUpper());
    if (!found)
        throw Error(ErrorKind::NotFound,
                    CaseText::tr("There is no case %1.").arg(reference.trimmed().left(40)));
    return std::move(*found);
}

std::optional<Case> CaseService::findByExternalId(const QString& externalId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    return CaseReader(m_session).byExternalId(externalId.trimmed());
}

std::vector<CaseRow> CaseService::list(const CaseFilter& filter, CaseSort sort, int offset,
                                       int limit) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    return CaseReader(m_session).rows(filter, sort, offset, limit);
}

qint64 CaseService::count(const CaseFilter& filter) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    return CaseReader(m_session).count(filter);
}

std::vector<CaseTransition> CaseService::transitions(qint64 caseId) const
{
    get(caseId);
    return CaseReader(m_session).transitions(caseId);
}

std::vector<CasePerson> CaseService::people(qint64 caseId) const
{
    get(caseId);
    return CaseReader(m_session).people(caseId);
}

} // namespace amparo
