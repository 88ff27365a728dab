#include "violations/ViolationService.h"

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
#include "violations/ViolationAudit.h"

#include <QCoreApplication>
#include <string>

namespace amparo {
namespace {

struct ViolationText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::ViolationService)
};

constexpr const char* kColumns = "SELECT v.id, v.case_id, v.victim_id, v.type, "
                                 "ifnull(v.occurred_on, ''), v.date_precision, v.place, "
                                 "v.perpetrators, v.consequences, v.created_at, v.updated_at FROM "
                                 "violations v JOIN cases c ON c.id = v.case_id ";

Violation readViolation(const db::Statement& row)
{
    Violation v;
    v.id = row.int64(0);
    v.caseId = row.int64(1);
    v.victimId = row.optionalInt64(2);
    v.type = row.text(3);
    v.occurredOn = fromStoredDate(row.text(4));
    v.datePrecision = row.text(5);
    v.place = row.text(6);
    v.perpetrators = row.text(7);
    v.consequences = row.text(8);
    v.createdAt = QDateTime::fromString(row.text(9), Qt::ISODateWithMs);
    v.updatedAt = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    return v;
}

void bindViolation(db::Statement& statement, const Violation& v)
{
    statement.bind(1, v.victimId)
        .bind(2, v.type)
        .bind(3, toStoredDate(v.occurredOn))
        .bind(4, v.datePrecision)
        .bind(5, v.place)
        .bind(6, v.perpetrators)
        .bind(7, v.consequences);
}

// The date as stored for its precision: the first day of the month or year.
QDate startOfPeriod(const QDate& date, const QString& precision)
{
    if (precision == QLatin1String("month"))
        return QDate(date.year(), date.month(), 1);
    if (precision == QLatin1String("year"))
        return QDate(date.year(), 1, 1);
    return date;
}

} // namespace

Violation ViolationService::validated(const Violation& input) const
{
    const Case c = CaseService(m_session).get(input.caseId);
    Violation v = input;
    v.type = requireTerm(Vocabulary::ViolationType, ViolationText::tr("The type of violation"),
                         input.type);
    const QString precision = input.datePrecision.trimmed().isEmpty()
                                  ? QString::fromLatin1(input.occurredOn ? "day" : "unknown")
                                  : input.datePrecision;
    v.datePrecision = requireTerm(Vocabulary::DatePrecision,
                                  ViolationText::tr("The precision of the date"), precision);
    if (v.datePrecision == QLatin1String("unknown")) {
        if (v.occurredOn)
            throw Error(ErrorKind::Invalid,
                        ViolationText::tr("The date of the violation is given but its precision "
                                          "is \"unknown\": choose day, month or year, or leave "
                                          "the date empty."));
    } else {
        if (!v.occurredOn || !v.occurredOn->isValid())
            throw Error(ErrorKind::Invalid,
                        ViolationText::tr("The date of the violation is required unless its "
                                          "precision is \"unknown\"."));
        validate::pastDate(ViolationText::tr("The date of the violation"), *v.occurredOn,
                           m_session.clock());
        v.occurredOn = startOfPeriod(*v.occurredOn, v.datePrecision);
    }
    v.place =
        validate::text(ViolationText::tr("The place"), input.place, validate::kShortText, false);
    v.perpetrators = validate::text(ViolationText::tr("The perpetrators"), input.perpetrators,
                                    validate::kLongText, false, true);
    v.consequences = validate::text(ViolationText::tr("The consequences"), input.consequences,
                                    validate::kLongText, false, true);
    if (v.victimId) {
        const Person victim = PersonService(m_session).get(*v.victimId);
        db::Statement inCase = m_session.database().prepare(
            "SELECT 1 FROM case_people WHERE case_id = ?1 AND person_id = ?2");
        if (!inCase.bind(1, c.id).bind(2, victim.id).step())
            throw Error(ErrorKind::Invalid,
                        ViolationText::tr("The victim %1 is not a person of case %2; add them "
                                          "to the case first.")
                            .arg(victim.pseudonym, c.reference));
    }
    return v;
}

Violation ViolationService::create(const Violation& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    Violation v = validated(input);
    db::Database& database = m_session.database();
    const QString now = toStoredTimestamp(m_session.clock().nowUtc());
    db::Transaction transaction(database);
    db::Statement insert = database.prepare("INSERT INTO violations (victim_id, type, occurred_on, "
                                            "date_precision, place, perpetrators, consequences, "
                                            "case_id, created_at, updated_at) VALUES (?1, ?2, "
                                            "nullif(?3, ''), ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
    bindViolation(insert, v);
    insert.bind(8, v.caseId).bind(9, now).run();
    v.id = database.lastInsertRowId();
    v.createdAt = v.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    m_session.audit().append(m_session.actor(), QStringLiteral("violation.create"),
                             QStringLiteral("violation"), QString::number(v.id),
                             violationChanges(std::nullopt, v));
    m_session.notifyAfterCommit({QStringLiteral("violation"), v.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return v;
}

void ViolationService::update(const Violation& changed)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Violation before = get(changed.id);
    Violation input = changed;
    input.caseId = before.caseId; // a violation does not move between cases
    const Violation v = validated(input);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    // The medical record must stay true of the violation it documents.
    db::Statement record =
        database.prepare("SELECT examined_on FROM medical_examinations WHERE violation_id = ?1");
    if (record.bind(1, v.id).step()) {
        if (!mayCarryMedicalRecord(v.type))
            throw Error(ErrorKind::Refused,
                        ViolationText::tr("This violation has a medical record, which only "
                                          "torture, ill-treatment and sexual violence carry; "
                                          "remove the medical record before changing the type "
                                          "to %1.")
                            .arg(termLabel(Vocabulary::ViolationType, v.type)));
        if (v.occurredOn)
            validate::notBefore(ViolationText::tr("The date of the medical examination"),
                                fromStoredDate(record.text(0)).value_or(QDate()),
                                ViolationText::tr("the date of the violation"), *v.occurredOn);
    }
    db::Statement update = database.prepare(
        "UPDATE violations SET victim_id = ?1, type = ?2, occurred_on = nullif(?3, ''), "
        "date_precision = ?4, place = ?5, perpetrators = ?6, consequences = ?7, updated_at = ?8 "
        "WHERE id = ?9");
    bindViolation(update, v);
    update.bind(8, toStoredTimestamp(m_session.clock().nowUtc())).bind(9, v.id).run();
    const auto changes = violationChanges(before, v);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("violation.update"),
                                 QStringLiteral("violation"), QString::number(v.id), changes);
    m_session.notifyAfterCommit({QStringLiteral("violation"), v.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void ViolationService::remove(qint64 violationId)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Violation before = get(violationId);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    db::Statement files = database.prepare(
        "SELECT count(*) FROM attachments WHERE owner_type = 'violation' AND owner_id = ?1");
    files.bind(1, violationId).step();
    if (const qint64 count = files.int64(0); count > 0)
        throw Error(ErrorKind::Refused,
                    ViolationText::tr("This violation has %n attached file(s); remove them "
                                      "before removing the violation.",
                                      nullptr, static_cast<int>(count)));
    db::Statement record =
        database.prepare("SELECT 1 FROM medical_examinations WHERE violation_id = ?1");
    const bool hadRecord = record.bind(1, violationId).step();
    database.prepare("DELETE FROM medical_findings WHERE violation_id = ?1")
        .bind(1, violationId)
        .run();
    database.prepare("DELETE FROM medical_examinations WHERE violation_id = ?1")
        .bind(1, violationId)
        .run();
    // Follow-ups stay with the case when the record they pointed at goes.
    database
        .prepare(
            "UPDATE tasks SET owner_type = '', owner_id = NULL WHERE owner_type = 'violation' AND "
            "owner_id = ?1")
        .bind(1, violationId)
        .run();
    database.prepare("DELETE FROM violations WHERE id = ?1").bind(1, violationId).run();
    auto changes = violationChanges(before, std::nullopt);
    if (hadRecord)
        changes.push_back(
            {QStringLiteral("medical_record"), QStringLiteral("(sensitive)"), std::nullopt});
    m_session.audit().append(m_session.actor(), QStringLiteral("violation.remove"),
                             QStringLiteral("violation"), QString::number(violationId), changes);
    m_session.notifyAfterCommit(
        {QStringLiteral("violation"), violationId, ChangeEvent::Kind::Deleted});
    transaction.commit();
}

Violation ViolationService::get(qint64 violationId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    // A violation of a case the user may not see does not exist for them.
    db::Statement statement =
        m_session.database().prepare(std::string(kColumns) + "WHERE v.id = ?1 AND " +
                                     visibleCaseCondition(m_session.user(), "c"));
    if (!statement.bind(1, violationId).step())
        throw Error(ErrorKind::NotFound,
                    ViolationText::tr("There is no violation with the id %1.").arg(violationId));
    return readViolation(statement);
}

std::vector<Violation> ViolationService::listForCase(qint64 caseId) const
{
    CaseService(m_session).get(caseId);
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) +
        "WHERE v.case_id = ?1 ORDER BY v.occurred_on IS NULL, v.occurred_on, "
        "CASE v.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 3 "
        "END, v.id");
    statement.bind(1, caseId);
    std::vector<Violation> result;
    while (statement.step())
        result.push_back(readViolation(statement));
    return result;
}

} // namespace amparo
