#include "SummaryWorld.h"

#include "assistance/AssistanceService.h"
#include "cases/CaseService.h"
#include "interventions/InterventionService.h"
#include "people/ConsentService.h"
#include "people/PersonService.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

namespace amparo {
namespace test {

SummaryWorld::SummaryWorld()
{
    Case c = sampleCase();
    c.narrative = QStringLiteral("Zainab Al-Khawaja was detained without charge after covering "
                                 "the protests in Manama.");
    c.risk = QStringLiteral("Followed by plain-clothes officers since her release.");
    const Case created = CaseService(as("bea")).create(c);
    caseId = created.id;
    reference = created.reference;

    Person z = samplePerson(QStringLiteral("Zainab Al-Khawaja"));
    z.birthDate = QDate(1983, 5, 2);
    z.phone = QStringLiteral("+973 3900 1234");
    z.email = QStringLiteral("zainab@example.org");
    z.address = QStringLiteral("12 Palm Street, Manama");
    zainab = addPerson(z);
    consent(zainab, "partner_sharing");
    consent(zainab, "urgent_appeal");

    Person m = samplePerson(QStringLiteral("Maria Lopez"));
    m.roles = {QStringLiteral("witness")};
    m.phone = QStringLiteral("+34 600 123 456");
    maria = addPerson(m, QStringLiteral("witness"));
    consent(maria, "partner_sharing");

    Person a = samplePerson(QStringLiteral("Ahmed Hassan"));
    a.sex = QStringLiteral("male");
    a.phone = QStringLiteral("+973 3655 9876");
    ahmed = addPerson(a);

    PersonService people(as("bea"));
    zainabPseudonym = people.get(zainab).pseudonym;
    mariaPseudonym = people.get(maria).pseudonym;
    ahmedPseudonym = people.get(ahmed).pseudonym;

    Violation torture;
    torture.caseId = caseId;
    torture.victimId = zainab;
    torture.type = QStringLiteral("torture");
    torture.occurredOn = QDate(2026, 2, 3);
    torture.place = QStringLiteral("Central police station, Manama");
    torture.perpetrators = QStringLiteral("Two officers of the criminal investigation unit");
    const qint64 tortureId = ViolationService(as("bea")).create(torture).id;
    MedicalExamination exam;
    exam.violationId = tortureId;
    exam.examinedOn = QDate(2026, 2, 10);
    exam.examiner = QStringLiteral("Dr. Hélène Marceau");
    exam.findings = {{QStringLiteral("physical"),
                      QStringLiteral("Round burn scars on both forearms"),
                      QStringLiteral("highly_consistent")}};
    MedicalRecordService(as("bea")).set(exam);

    Violation detention;
    detention.caseId = caseId;
    detention.victimId = ahmed;
    detention.type = QStringLiteral("arbitrary_detention");
    detention.occurredOn = QDate(2026, 1, 1);
    detention.datePrecision = QStringLiteral("month");
    ViolationService(as("bea")).create(detention);

    Assistance legal;
    legal.caseId = caseId;
    legal.personId = ahmed;
    legal.type = QStringLiteral("legal");
    legal.description = QStringLiteral("Lawyer for the habeas corpus petition");
    legal.requestedOn = QDate(2026, 2, 5);
    AssistanceService(as("bea")).create(legal);

    Intervention appeal;
    appeal.caseId = caseId;
    appeal.kind = QStringLiteral("urgent_appeal");
    appeal.sentOn = QDate(2026, 2, 6);
    appeal.addressee = QStringLiteral("Ministry of Interior");
    appeal.response = QStringLiteral("The ministry denies any detention.");
    appeal.responseOn = QDate(2026, 2, 20);
    InterventionService(as("bea")).create(appeal);
}

Session& SummaryWorld::as(const char* login)
{
    const QString name = QString::fromLatin1(login);
    auto found = sessions.find(name);
    if (found == sessions.end())
        found = sessions.emplace(name, fixture.as(name)).first;
    return *found->second;
}

qint64 SummaryWorld::addPerson(Person person, const QString& role)
{
    const qint64 id = PersonService(as("bea")).create(person).id;
    CaseService(as("bea")).addPerson(caseId, id, role);
    return id;
}

void SummaryWorld::consent(qint64 personId, const char* purpose)
{
    Consent c;
    c.personId = personId;
    c.purpose = QString::fromLatin1(purpose);
    c.status = QStringLiteral("given");
    c.decidedOn = QDate(2026, 3, 2);
    c.method = QStringLiteral("Signed form");
    ConsentService(as("bea")).record(c);
}

QByteArray SummaryWorld::summary(const char* login, Redaction level, const char* language)
{
    SummaryOptions options;
    options.redaction = level;
    options.language = QString::fromLatin1(language);
    return renderCaseSummaryPdf(as(login), caseId, options);
}

std::unique_ptr<PdfText> SummaryWorld::read(Redaction level, const char* language)
{
    return std::make_unique<PdfText>(summary("bea", level, language));
}

} // namespace test
} // namespace amparo
