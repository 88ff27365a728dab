#include "violations/MedicalRecordService.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "violations/ViolationAudit.h"
#include "violations/ViolationService.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct MedicalText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::MedicalRecordService)
};

constexpr qsizetype kMaxFindings = 200;

} // namespace

MedicalExamination MedicalRecordService::validated(const MedicalExamination& input,
                                                   const Violation& violation) const
{
    if (!mayCarryMedicalRecord(violation.type))
        throw Error(ErrorKind::Refused,
                    MedicalText::tr("A medical record can only be kept for torture, "
                                    "ill-treatment or sexual violence; this violation is "
                                    "recorded as %1.")
                        .arg(termLabel(Vocabulary::ViolationType, violation.type)));
    MedicalExamination m = input;
    if (!m.examinedOn.isValid())
        throw Error(ErrorKind::Invalid,
                    MedicalText::tr("The date of the examination is required."));
    validate::pastDate(MedicalText::tr("The date of the examination"), m.examinedOn,
                       m_session.clock());
    // An approximate date is stored as the start of its month or year, so the
    // comparison holds for every precision.
    if (violation.occurredOn)
        validate::notBefore(MedicalText::tr("The date of the examination"), m.examinedOn,
                            MedicalText::tr("the date of the violation"), *violation.occurredOn);
    m.examiner =
        validate::text(MedicalText::tr("The examiner"), input.examiner, validate::kShortText, true);
    if (static_cast<qsizetype>(input.findings.size()) > kMaxFindings)
        throw Error(
            ErrorKind::Invalid,
            MedicalText::tr("A medical record holds at most %1 findings.").arg(kMaxFindings));
    for (std::size_t i = 0; i < m.findings.size(); ++i) {
        MedicalFinding& f = m.findings[i];
        const int number = static_cast<int>(i) + 1;
        f.kind = requireTerm(Vocabulary::FindingKind,
                             MedicalText::tr("The kind of finding %1").arg(number), f.kind);
        f.description = validate::text(MedicalText::tr("The description of finding %1").arg(number),
                                       f.description, validate::kLongText, true, true);
        f.consistency = requireTerm(Vocabulary::Consistency,
                                    MedicalText::tr("The consistency of finding %1").arg(number),
                                    f.consistency);
    }
    return m;
}

void MedicalRecordService::set(const MedicalExamination& record)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const Violation violation = ViolationService(m_session).get(record.violationId);
    const MedicalExamination m = validated(record, violation);
    const auto before = get(violation.id);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database.prepare("DELETE FROM medical_findings WHERE violation_id = ?1")
        .bind(1, violation.id)
        .run();
    database.prepare("DELETE FROM medical_examinations WHERE violation_id = ?1")
        .bind(1, violation.id)
        .run();
    database
        .prepare("INSERT INTO medical_examinations (violation_id, examined_on, examiner) VALUES "
                 "(?1, ?2, ?3)")
        .bind(1, violation.id)
        .bind(2, toStoredDate(m.examinedOn))
        .bind(3, m.examiner)
        .run();
    db::Statement insert = database.prepare("INSERT INTO medical_findings (violation_id, kind, "
                                            "description, consistency) VALUES (?1, ?2, ?3, ?4)");
    for (const MedicalFinding& f : m.findings) {
        insert.bind(1, violation.id)
            .bind(2, f.kind)
            .bind(3, f.description)
            .bind(4, f.consistency)
            .run();
        insert.reset();
    }
    const auto changes = medicalRecordChanges(before, m);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("violation.medical_record"),
                                 QStringLiteral("violation"), QString::number(violation.id),
                                 changes);
    m_session.notifyAfterCommit(
        {QStringLiteral("violation"), violation.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void MedicalRecordService::remove(qint64 violationId)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    const auto before = get(violationId);
    if (!before)
        return;
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database.prepare("DELETE FROM medical_findings WHERE violation_id = ?1")
        .bind(1, violationId)
        .run();
    database.prepare("DELETE FROM medical_examinations WHERE violation_id = ?1")
        .bind(1, violationId)
        .run();
    m_session.audit().append(m_session.actor(), QStringLiteral("violation.medical_record"),
                             QStringLiteral("violation"), QString::number(violationId),
                             medicalRecordChanges(before, std::nullopt));
    m_session.notifyAfterCommit(
        {QStringLiteral("violation"), violationId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

std::optional<MedicalExamination> MedicalRecordService::get(qint64 violationId) const
{
    ViolationService(m_session).get(violationId); // need-to-know
    db::Database& database = m_session.database();
    db::Statement exam = database.prepare(
        "SELECT examined_on, examiner FROM medical_examinations WHERE violation_id = ?1");
    if (!exam.bind(1, violationId).step())
        return std::nullopt;
    MedicalExamination m;
    m.violationId = violationId;
    m.examinedOn = fromStoredDate(exam.text(0)).value_or(QDate());
    m.examiner = exam.text(1);
    db::Statement findings =
        database.prepare("SELECT kind, description, consistency FROM medical_findings WHERE "
                         "violation_id = ?1 ORDER BY id");
    findings.bind(1, violationId);
    while (findings.step())
        m.findings.push_back({findings.text(0), findings.text(1), findings.text(2)});
    return m;
}

} // namespace amparo
