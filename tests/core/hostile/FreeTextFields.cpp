#include "FreeTextFields.h"

#include "assistance/AssistanceService.h"
#include "interventions/InterventionService.h"
#include "organisations/OrganisationService.h"
#include "people/PersonService.h"
#include "tasks/TaskService.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

namespace amparo {
namespace test {

HostileWorld::HostileWorld()
{
    victimId = PersonService(as("bea")).create(samplePerson()).id;
    CaseService(as("bea")).addPerson(caseId, victimId, QStringLiteral("victim"));
}

namespace {

// Distinct names where the core wants them unique (organisations).
QString nextName(const char* prefix)
{
    static int serial = 0;
    return QString::fromLatin1(prefix) + QString::number(++serial);
}

QString personField(HostileWorld& w, QString Person::*field, const QString& value)
{
    Person p = samplePerson(QStringLiteral("Hostile Person"));
    p.*field = value;
    const qint64 id = PersonService(w.as("bea")).create(p).id;
    return PersonService(w.as("bea")).get(id).*field;
}

QString caseField(HostileWorld& w, QString Case::*field, const QString& value)
{
    Case c = sampleCase(QStringLiteral("Hostile case"));
    c.*field = value;
    const qint64 id = CaseService(w.as("bea")).create(c).id;
    return CaseService(w.as("bea")).get(id).*field;
}

QString violationField(HostileWorld& w, QString Violation::*field, const QString& value)
{
    Violation v;
    v.caseId = w.caseId;
    v.victimId = w.victimId;
    v.type = QStringLiteral("threats");
    v.occurredOn = QDate(2026, 2, 1);
    v.*field = value;
    const qint64 id = ViolationService(w.as("bea")).create(v).id;
    return ViolationService(w.as("bea")).get(id).*field;
}

qint64 tortureViolation(HostileWorld& w)
{
    Violation v;
    v.caseId = w.caseId;
    v.victimId = w.victimId;
    v.type = QStringLiteral("torture");
    v.occurredOn = QDate(2026, 2, 1);
    return ViolationService(w.as("bea")).create(v).id;
}

MedicalExamination examination(qint64 violationId)
{
    MedicalExamination m;
    m.violationId = violationId;
    m.examinedOn = QDate(2026, 2, 10);
    m.examiner = QStringLiteral("Dr. Hélène Marceau");
    m.findings = {{QStringLiteral("physical"), QStringLiteral("Round burn scars on both forearms"),
                   QStringLiteral("highly_consistent")}};
    return m;
}

QString interventionField(HostileWorld& w, QString Intervention::*field, const QString& value)
{
    Intervention i;
    i.caseId = w.caseId;
    i.kind = QStringLiteral("urgent_appeal");
    i.sentOn = QDate(2026, 3, 5);
    i.addressee = QStringLiteral("Secretary of Justice");
    i.*field = value;
    const qint64 id = InterventionService(w.as("bea")).create(i).id;
    return InterventionService(w.as("bea")).get(id).*field;
}

QString assistanceField(HostileWorld& w, QString Assistance::*field, const QString& value)
{
    Assistance a;
    a.caseId = w.caseId;
    a.personId = w.victimId;
    a.type = QStringLiteral("legal");
    a.description = QStringLiteral("Representation at the appeal hearing");
    a.requestedOn = QDate(2026, 3, 5);
    a.*field = value;
    const qint64 id = AssistanceService(w.as("bea")).create(a).id;
    return AssistanceService(w.as("bea")).get(id).*field;
}

QString organisationField(HostileWorld& w, QString Organisation::*field, const QString& value)
{
    Organisation o;
    o.name = nextName("Legal aid clinic ");
    o.kind = QStringLiteral("provider");
    o.*field = value;
    const qint64 id = OrganisationService(w.as("bea")).create(o);
    return OrganisationService(w.as("bea")).get(id).*field;
}

Grant requestGrant(HostileWorld& w, const std::function<void(GrantRequest&)>& edit)
{
    GrantRequest r;
    r.caseId = w.caseId;
    r.fundId = w.fundId;
    r.currency = QStringLiteral("EUR");
    r.purpose = QStringLiteral("Lawyer fees for the appeal");
    r.lines = {{QStringLiteral("Lawyer fees"), 10'00}};
    edit(r);
    return w.grant(GrantService(w.as("bea")).request(r).id);
}

} // namespace

const std::vector<FreeTextField>& freeTextFields()
{
    using W = HostileWorld;
    const auto none = [](W&) {
        return qint64(0);
    };
    static const std::vector<FreeTextField> fields = {
        {"person full name", "The name", false, "people", none,
         [](W& w, qint64, const QString& v) {
             return personField(w, &Person::fullName, v);
         }},
        {"person external id", "The external id", false, "people", none,
         [](W& w, qint64, const QString& v) {
             return personField(w, &Person::externalId, v);
         }},
        {"person languages", "The languages", false, "people", none,
         [](W& w, qint64, const QString& v) {
             return personField(w, &Person::languages, v);
         }},
        {"person address", "The address", true, "people", none,
         [](W& w, qint64, const QString& v) {
             return personField(w, &Person::address, v);
         }},
        {"person notes", "The notes", true, "people", none,
         [](W& w, qint64, const QString& v) {
             return personField(w, &Person::notes, v);
         }},
        {"case title", "The title", false, "cases", none,
         [](W& w, qint64, const QString& v) {
             return caseField(w, &Case::title, v);
         }},
        {"case narrative", "The narrative", true, "cases", none,
         [](W& w, qint64, const QString& v) {
             return caseField(w, &Case::narrative, v);
         }},
        {"case place", "The place", false, "cases", none,
         [](W& w, qint64, const QString& v) {
             return caseField(w, &Case::place, v);
         }},
        {"case risk assessment", "The risk assessment", true, "cases", none,
         [](W& w, qint64, const QString& v) {
             return caseField(w, &Case::risk, v);
         }},
        {"case external id", "The external id", false, "cases", none,
         [](W& w, qint64, const QString& v) {
             return caseField(w, &Case::externalId, v);
         }},
        {"case transition reason", "The reason", true, "case_transitions",
         [](W& w) { return CaseService(w.as("bea")).create(sampleCase()).id; },
         [](W& w, qint64 caseId, const QString& v) {
             CaseService(w.as("bea")).transition(caseId, QStringLiteral("assessment"), v);
             return CaseService(w.as("bea")).transitions(caseId).back().reason;
         }},
        {"violation place", "The place", false, "violations", none,
         [](W& w, qint64, const QString& v) {
             return violationField(w, &Violation::place, v);
         }},
        {"violation perpetrators", "The perpetrators", true, "violations", none,
         [](W& w, qint64, const QString& v) {
             return violationField(w, &Violation::perpetrators, v);
         }},
        {"violation consequences", "The consequences", true, "violations", none,
         [](W& w, qint64, const QString& v) {
             return violationField(w, &Violation::consequences, v);
         }},
        {"medical examiner", "The examiner", false, "medical_examinations", tortureViolation,
         [](W& w, qint64 violationId, const QString& v) {
             MedicalExamination m = examination(violationId);
             m.examiner = v;
             MedicalRecordService(w.as("bea")).set(m);
             return MedicalRecordService(w.as("bea")).get(violationId)->examiner;
         }},
        {"medical finding", "The description of finding 1", true, "medical_findings",
         tortureViolation,
         [](W& w, qint64 violationId, const QString& v) {
             MedicalExamination m = examination(violationId);
             m.findings.front().description = v;
             MedicalRecordService(w.as("bea")).set(m);
             return MedicalRecordService(w.as("bea"))
                 .get(violationId)
                 ->findings.front()
                 .description;
         }},
        {"intervention addressee", "The addressee", false, "interventions", none,
         [](W& w, qint64, const QString& v) {
             return interventionField(w, &Intervention::addressee, v);
         }},
        {"intervention reference", "The reference", false, "interventions", none,
         [](W& w, qint64, const QString& v) {
             return interventionField(w, &Intervention::reference, v);
         }},
        {"intervention response", "The response", true, "interventions", none,
         [](W& w, qint64, const QString& v) {
             return interventionField(w, &Intervention::response, v);
         }},
        {"intervention outcome", "The outcome", true, "interventions", none,
         [](W& w, qint64, const QString& v) {
             return interventionField(w, &Intervention::outcome, v);
         }},
        {"assistance description", "The description", true, "assistance", none,
         [](W& w, qint64, const QString& v) {
             return assistanceField(w, &Assistance::description, v);
         }},
        {"assistance outcome", "The outcome", true, "assistance", none,
         [](W& w, qint64, const QString& v) {
             return assistanceField(w, &Assistance::outcome, v);
         }},
        {"task title", "The title", false, "tasks", none,
         [](W& w, qint64, const QString& v) {
             Task t;
             t.title = v;
             t.dueOn = QDate(2026, 3, 21);
             t.assigneeId = w.as("bea").user().id;
             t.caseId = w.caseId;
             const qint64 id = TaskService(w.as("bea")).create(t).id;
             return TaskService(w.as("bea")).get(id).title;
         }},
        {"organisation name", "The organisation's name", false, "organisations", none,
         [](W& w, qint64, const QString& v) {
             return organisationField(w, &Organisation::name, v);
         }},
        {"organisation contact", "The contact", true, "organisations", none,
         [](W& w, qint64, const QString& v) {
             return organisationField(w, &Organisation::contact, v);
         }},
        {"organisation notes", "The notes", true, "organisations", none,
         [](W& w, qint64, const QString& v) {
             return organisationField(w, &Organisation::notes, v);
         }},
        {"grant purpose", "The purpose", true, "grants", none,
         [](W& w, qint64, const QString& v) {
             return requestGrant(w, [&](GrantRequest& r) { r.purpose = v; }).purpose;
         }},
        {"grant justification", "The justification", true, "grants", none,
         [](W& w, qint64, const QString& v) {
             return requestGrant(w, [&](GrantRequest& r) { r.justification = v; }).justification;
         }},
        {"grant budget line", "Budget line 1", false, "grant_lines", none,
         [](W& w, qint64, const QString& v) {
             return requestGrant(w, [&](GrantRequest& r) { r.lines.front().description = v; })
                 .lines.front()
                 .description;
         }},
        {"grant approval comment", "The comment", true, "grant_approvals",
         [](W& w) { return requestGrant(w, [](GrantRequest&) {}).id; },
         [](W& w, qint64 grantId, const QString& v) {
             GrantService(w.as("dara")).approve(grantId, std::nullopt, v);
             return w.grant(grantId).approvals.front().comment;
         }},
    };
    return fields;
}

} // namespace test
} // namespace amparo
