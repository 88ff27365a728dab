#include "Operations.h"
#include "assistance/AssistanceService.h"
#include "attachments/AttachmentService.h"
#include "interventions/InterventionService.h"
#include "tasks/TaskService.h"
#include "vault/Session.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

namespace amparo {
namespace test {

namespace {

Session& carlos(Setup& s)
{
    return s.world.as(QStringLiteral("carlos"));
}

Violation torture(qint64 caseId)
{
    Violation v;
    v.caseId = caseId;
    v.type = QStringLiteral("torture");
    v.occurredOn = QDate(2026, 2, 1);
    v.datePrecision = QStringLiteral("day");
    v.place = QStringLiteral("Central police station, Manila");
    return v;
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

Intervention appeal(qint64 caseId)
{
    Intervention i;
    i.caseId = caseId;
    i.kind = QStringLiteral("urgent_appeal");
    i.sentOn = QDate(2026, 3, 2);
    i.addressee = QStringLiteral("Minister of Justice");
    return i;
}

Assistance legalAid(qint64 caseId)
{
    Assistance a;
    a.caseId = caseId;
    a.type = QStringLiteral("legal");
    a.description = QStringLiteral("A lawyer for the appeal hearing");
    return a;
}

Task followUp(qint64 assigneeId, std::optional<qint64> caseId)
{
    Task t;
    t.title = QStringLiteral("Call the lawyer about the hearing");
    t.dueOn = QDate(2026, 4, 1);
    t.assigneeId = assigneeId;
    t.caseId = caseId;
    return t;
}

qint64 caseAttachment(Setup& s)
{
    return AttachmentService(carlos(s))
        .add(QStringLiteral("case"), s.world.caseId, QStringLiteral("statement.txt"),
             QStringLiteral("text/plain"), QByteArrayLiteral("Statement of the victim"))
        .id;
}

// A task in the world's case, written by carlos, assigned to the actor when
// they own it and to carlos otherwise.
qint64 caseTask(Setup& s, bool done)
{
    const qint64 assignee = s.actorEntitled ? s.actor.user().id : carlos(s).user().id;
    TaskService tasks(carlos(s));
    const qint64 id = tasks.create(followUp(assignee, s.world.caseId)).id;
    if (done)
        tasks.complete(id);
    return id;
}

std::vector<Operation> violationOperations()
{
    return {
        {QStringLiteral("ViolationService::create"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 ViolationService(actor).create(torture(id));
             };
         }},
        {QStringLiteral("ViolationService::update"),
         [](Setup& s) -> Act {
             Violation v = ViolationService(carlos(s)).create(torture(s.world.caseId));
             v.place = QStringLiteral("Camp Crame");
             return [&actor = s.actor, v] {
                 ViolationService(actor).update(v);
             };
         }},
        {QStringLiteral("ViolationService::remove"),
         [](Setup& s) -> Act {
             const qint64 id = ViolationService(carlos(s)).create(torture(s.world.caseId)).id;
             return [&actor = s.actor, id] {
                 ViolationService(actor).remove(id);
             };
         }},
        {QStringLiteral("ViolationService::get"),
         [](Setup& s) -> Act {
             const qint64 id = ViolationService(carlos(s)).create(torture(s.world.caseId)).id;
             return [&actor = s.actor, id] {
                 ViolationService(actor).get(id);
             };
         }},
        {QStringLiteral("ViolationService::listForCase"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 ViolationService(actor).listForCase(id);
             };
         }},
        {QStringLiteral("MedicalRecordService::set"),
         [](Setup& s) -> Act {
             const qint64 id = ViolationService(carlos(s)).create(torture(s.world.caseId)).id;
             return [&actor = s.actor, id] {
                 MedicalRecordService(actor).set(examination(id));
             };
         }},
        {QStringLiteral("MedicalRecordService::remove"),
         [](Setup& s) -> Act {
             const qint64 id = ViolationService(carlos(s)).create(torture(s.world.caseId)).id;
             MedicalRecordService(carlos(s)).set(examination(id));
             return [&actor = s.actor, id] {
                 MedicalRecordService(actor).remove(id);
             };
         }},
        {QStringLiteral("MedicalRecordService::get"),
         [](Setup& s) -> Act {
             const qint64 id = ViolationService(carlos(s)).create(torture(s.world.caseId)).id;
             MedicalRecordService(carlos(s)).set(examination(id));
             return [&actor = s.actor, id] {
                 MedicalRecordService(actor).get(id);
             };
         }},
    };
}

std::vector<Operation> interventionAndAssistanceOperations()
{
    return {
        {QStringLiteral("InterventionService::create"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 InterventionService(actor).create(appeal(id));
             };
         }},
        {QStringLiteral("InterventionService::update"),
         [](Setup& s) -> Act {
             Intervention i = InterventionService(carlos(s)).create(appeal(s.world.caseId));
             i.reference = QStringLiteral("UA PHL 001/0326");
             return [&actor = s.actor, i] {
                 InterventionService(actor).update(i);
             };
         }},
        {QStringLiteral("InterventionService::get"),
         [](Setup& s) -> Act {
             const qint64 id = InterventionService(carlos(s)).create(appeal(s.world.caseId)).id;
             return [&actor = s.actor, id] {
                 InterventionService(actor).get(id);
             };
         }},
        {QStringLiteral("InterventionService::listForCase"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 InterventionService(actor).listForCase(id);
             };
         }},
        {QStringLiteral("AssistanceService::create"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 AssistanceService(actor).create(legalAid(id));
             };
         }},
        {QStringLiteral("AssistanceService::update"),
         [](Setup& s) -> Act {
             Assistance a = AssistanceService(carlos(s)).create(legalAid(s.world.caseId));
             a.description = QStringLiteral("A lawyer for the appeal and the retrial");
             return [&actor = s.actor, a] {
                 AssistanceService(actor).update(a);
             };
         }},
        {QStringLiteral("AssistanceService::transition"),
         [](Setup& s) -> Act {
             const qint64 id = AssistanceService(carlos(s)).create(legalAid(s.world.caseId)).id;
             return [&actor = s.actor, id] {
                 AssistanceService(actor).transition(id, QStringLiteral("approved"), QString());
             };
         }},
        {QStringLiteral("AssistanceService::get"),
         [](Setup& s) -> Act {
             const qint64 id = AssistanceService(carlos(s)).create(legalAid(s.world.caseId)).id;
             return [&actor = s.actor, id] {
                 AssistanceService(actor).get(id);
             };
         }},
        {QStringLiteral("AssistanceService::listForCase"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 AssistanceService(actor).listForCase(id);
             };
         }},
    };
}

std::vector<Operation> attachmentAndTaskOperations()
{
    return {
        {QStringLiteral("AttachmentService::add (case material)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 AttachmentService(actor).add(
                     QStringLiteral("case"), id, QStringLiteral("statement.txt"),
                     QStringLiteral("text/plain"), QByteArrayLiteral("Statement of the victim"));
             };
         }},
        {QStringLiteral("AttachmentService::add (a grant's document)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.submittedGrant()] {
                 AttachmentService(actor).add(
                     QStringLiteral("grant"), id, QStringLiteral("quote.txt"),
                     QStringLiteral("text/plain"), QByteArrayLiteral("Lawyer's quote: 100 EUR"));
             };
         }},
        {QStringLiteral("AttachmentService::remove"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = caseAttachment(s)] {
                 AttachmentService(actor).remove(id);
             };
         }},
        {QStringLiteral("AttachmentService::list"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 AttachmentService(actor).list(QStringLiteral("case"), id);
             };
         }},
        {QStringLiteral("AttachmentService::get"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = caseAttachment(s)] {
                 AttachmentService(actor).get(id);
             };
         }},
        {QStringLiteral("AttachmentService::content"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = caseAttachment(s)] {
                 AttachmentService(actor).content(id);
             };
         }},
        {QStringLiteral("AttachmentService::contentForExport"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = caseAttachment(s)] {
                 AttachmentService(actor).contentForExport(id);
             };
         }},
        {QStringLiteral("TaskService::create (a task in a case)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, &world = s.world] {
                 TaskService(actor).create(
                     followUp(world.idOf(QStringLiteral("carlos")), world.caseId));
             };
         }},
        {QStringLiteral("TaskService::create (a personal reminder)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 TaskService(actor).create(followUp(actor.user().id, std::nullopt));
             };
         }},
        {QStringLiteral("TaskService::update"),
         [](Setup& s) -> Act {
             Task t = TaskService(carlos(s)).get(caseTask(s, false));
             t.dueOn = QDate(2026, 4, 8);
             return [&actor = s.actor, t] {
                 TaskService(actor).update(t);
             };
         }},
        {QStringLiteral("TaskService::complete"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = caseTask(s, false)] {
                 TaskService(actor).complete(id);
             };
         }},
        {QStringLiteral("TaskService::reopen"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = caseTask(s, true)] {
                 TaskService(actor).reopen(id);
             };
         }},
        {QStringLiteral("TaskService::get"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = caseTask(s, false)] {
                 TaskService(actor).get(id);
             };
         }},
        {QStringLiteral("TaskService::listForCase"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 TaskService(actor).listForCase(id);
             };
         }},
        {QStringLiteral("TaskService::listForAssignee"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 TaskService(actor).listForAssignee(actor.user().id);
             };
         }},
        {QStringLiteral("TaskService::overdue"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 TaskService(actor).overdue();
             };
         }},
    };
}

} // namespace

std::vector<Operation> caseRecordOperations()
{
    std::vector<Operation> all = violationOperations();
    for (auto* part : {&interventionAndAssistanceOperations, &attachmentAndTaskOperations})
        for (Operation& o : (*part)())
            all.push_back(std::move(o));
    return all;
}

} // namespace test
} // namespace amparo
