// The records around a case: violations and medical records, interventions,
// assistance, follow-up tasks and files (the rest of DemoCaseWriter).

#include "demo/DemoCaseWriter.h"
#include "demo/DemoClock.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoFiles.h"
#include "demo/DemoText.h"
#include "demo/DemoWorld.h"

#include <QStringList>

namespace amparo {
namespace demo {
namespace {

constexpr qint64 kDay = 86400;

QDateTime later(DemoRandom& random, const QDateTime& from, int minimumDays, int maximumDays)
{
    return from.addSecs(random.between(minimumDays, maximumDays) * kDay +
                        random.between(600, 6 * 3600));
}

// Mechanisms in the order DemoOrganisations creates them.
enum Mechanism
{
    TortureRapporteur,
    DefendersRapporteur,
    ArbitraryDetention,
    Disappearances,
    CommitteeAgainstTorture,
    ViolenceAgainstWomen,
    RightsOfTheChild,
    InterAmerican,
    African,
    Osce,
};

std::optional<Mechanism> regionalBody(const QString& country)
{
    static const QStringList americas =
        QStringLiteral("MX CO GT HN PE VE NI EC BO BR HT").split(QLatin1Char(' '));
    static const QStringList africa =
        QStringLiteral("EG TN MA DZ LY SD KE TZ UG CD BI CM SN TD GN ML NG")
            .split(QLatin1Char(' '));
    static const QStringList osce = QStringLiteral("RU BY UA KG KZ TR").split(QLatin1Char(' '));
    if (americas.contains(country))
        return InterAmerican;
    if (africa.contains(country))
        return African;
    if (osce.contains(country))
        return Osce;
    return std::nullopt;
}

Mechanism specialProcedureFor(const QString& programme, const QString& violation)
{
    if (programme == QLatin1String("women"))
        return ViolenceAgainstWomen;
    if (programme == QLatin1String("defenders") || programme == QLatin1String("escr"))
        return DefendersRapporteur;
    if (violation == QLatin1String("enforced_disappearance"))
        return Disappearances;
    if (violation == QLatin1String("arbitrary_detention"))
        return ArbitraryDetention;
    return TortureRapporteur;
}

} // namespace

void DemoCaseWriter::planViolations(Draft& d, const QDate& incident)
{
    DemoRandom& random = d.random;
    const int count = 1 + (random.chance(0.35) ? random.between(1, 2) : 0);
    const bool custody =
        d.programme == QLatin1String("urgent_assistance") || d.programme == QLatin1String("women");
    for (int i = 0; i < count; ++i) {
        pause(d, 60, 900);
        Violation v;
        v.caseId = d.c.id;
        v.type = i == 0 ? QString::fromLatin1(d.story->violationType)
                        : random.word(d.texts->violationTypes);
        if (random.chance(0.9))
            v.victimId = d.victims[static_cast<std::size_t>(random.below(int(d.victims.size())))];
        v.occurredOn =
            i == 0 ? incident : incident.addDays(random.between(0, incident.daysTo(d.c.openedOn)));
        const int precision = random.below(100);
        v.datePrecision = QString::fromLatin1(precision < 65   ? "day"
                                              : precision < 83 ? "month"
                                              : precision < 93 ? "year"
                                                               : "unknown");
        if (v.datePrecision == QLatin1String("unknown"))
            v.occurredOn.reset();
        const int where = random.below(10);
        v.place = where < 7 ? d.city : where < 9 ? random.word(d.country->places) : QString();
        v.perpetrators =
            capitalized(random.word(perpetratorPhrases(d.perpetratorType.toLatin1().constData())));
        v.consequences = random.word(consequences(v.type.toLatin1().constData()));
        const Violation created = m_violations.create(v);
        ++m_world.summary.violations;
        if (mayCarryMedicalRecord(created.type) && !d.victimAbsent() &&
            random.chance(custody ? 0.45 : 0.2))
            planMedicalRecord(d, created);
        if (created.type == QLatin1String("judicial_harassment") && random.chance(0.3))
            attach(QStringLiteral("case"), d.c.id, QStringLiteral("summons.pdf"),
                   QStringLiteral("application/pdf"),
                   tinyPdf(QStringLiteral("Summons - case %1").arg(d.c.reference),
                           {QStringLiteral("Court document received by the member organisation."),
                            QStringLiteral("Hearing date to be confirmed."),
                            QStringLiteral("Fictional document of the Amparo demo data.")}));
    }
}

void DemoCaseWriter::planMedicalRecord(Draft& d, const Violation& violation)
{
    DemoRandom& random = d.random;
    const CountryOrganisations& orgs =
        m_world.organisations.byCountry[QString::fromLatin1(d.country->code)];
    const auto& centres = random.chance(0.7) ? orgs.rehabilitation : orgs.clinics;
    MedicalExamination exam;
    exam.violationId = violation.id;
    exam.examiner =
        random.word(examiners())
            .replace(QStringLiteral("{centre}"),
                     centres.empty() ? QStringLiteral("a partner clinic") : centres.front().name);
    static constexpr const char* consistency[] = {
        "consistent", "consistent", "highly_consistent", "highly_consistent",
        "typical",    "diagnostic", "not_consistent",    "consistent"};
    for (int n = random.between(1, 4); n > 0; --n) {
        const char* kind = random.chance(0.55) ? "physical" : "psychological";
        exam.findings.push_back(
            {QString::fromLatin1(kind), random.word(findings(kind)), random.word(consistency)});
    }
    m_timeline.at(later(random, m_clock.nowUtc(), 5, 120), [this, &d, exam]() mutable {
        exam.examinedOn = m_clock.nowUtc().date();
        m_medical.set(exam);
        ++m_world.summary.medicalRecords;
        if (d.random.chance(0.6)) {
            pause(d, 600, 7200);
            attach(
                QStringLiteral("violation"), exam.violationId, QStringLiteral("medical-report.pdf"),
                QStringLiteral("application/pdf"),
                tinyPdf(
                    QStringLiteral("Medical report - case %1").arg(d.c.reference),
                    {QStringLiteral("Examination of %1 following the Istanbul Protocol.")
                         .arg(exam.examinedOn.toString(Qt::ISODate)),
                     QStringLiteral("%1 finding(s) recorded in Amparo.").arg(exam.findings.size()),
                     QStringLiteral("Fictional document of the Amparo demo data.")}));
        }
        if (d.random.chance(0.15))
            attach(QStringLiteral("violation"), exam.violationId, QStringLiteral("photo-1.png"),
                   QStringLiteral("image/png"), tinyPng());
    });
}

void DemoCaseWriter::planInterventions(Draft& d)
{
    DemoRandom& random = d.random;
    const QString code = QString::fromLatin1(d.country->code);
    const CountryOrganisations& orgs = m_world.organisations.byCountry[code];
    const auto& mechanisms = m_world.organisations.mechanisms;
    auto send = [this, &d](Intervention i, double responseChance) {
        i.caseId = d.c.id;
        i.sentOn = m_clock.nowUtc().date();
        const Intervention created = m_interventions.create(i);
        ++m_world.summary.interventions;
        if (d.random.chance(responseChance))
            planResponse(d, created);
    };
    const bool defenders = d.programme == QLatin1String("defenders");
    const double appealChance = defenders                                           ? 0.7
                                : d.programme == QLatin1String("urgent_assistance") ? 0.5
                                                                                    : 0.2;
    if (d.programme != QLatin1String("mechanisms") && !orgs.authorities.empty() &&
        random.chance(appealChance)) {
        Intervention appeal;
        appeal.kind = QStringLiteral("urgent_appeal");
        appeal.addresseeOrgId = random.pick(std::span<const OrgRef>(orgs.authorities)).id;
        appeal.reference = QStringLiteral("UA-%1-1").arg(d.c.externalId.right(6));
        const QDateTime sent = later(random, d.plan.opened, 1, 6);
        m_timeline.at(sent, [send, appeal] { send(appeal, 0.35); });
        if (random.chance(0.4)) {
            Intervention followUp = appeal;
            followUp.kind = QStringLiteral("urgent_appeal_follow_up");
            followUp.reference = QStringLiteral("UA-%1-2").arg(d.c.externalId.right(6));
            m_timeline.at(later(random, sent, 20, 90), [send, followUp] { send(followUp, 0.3); });
        }
        if (const auto closed = d.plan.lastClosed()) {
            Intervention closing = appeal;
            closing.kind = QStringLiteral("urgent_appeal_closing");
            closing.reference = QStringLiteral("UA-%1-3").arg(d.c.externalId.right(6));
            m_timeline.at(later(random, *closed, 1, 10), [send, closing] { send(closing, 0.0); });
        }
    }
    if (d.programme == QLatin1String("mechanisms") || random.chance(0.12)) {
        const QDateTime from = d.plan.firstActive().value_or(d.plan.opened);
        const int year = from.date().year();
        Intervention communication;
        const auto region = regionalBody(code);
        const int roll = random.below(10);
        Mechanism addressee =
            specialProcedureFor(d.programme, QString::fromLatin1(d.story->violationType));
        communication.kind = QStringLiteral("un_special_procedure");
        communication.reference =
            QStringLiteral("UA %1 %2/%3").arg(code).arg(random.between(1, 30)).arg(year);
        if (roll < 2) {
            addressee = d.programme == QLatin1String("children") ? RightsOfTheChild
                                                                 : CommitteeAgainstTorture;
            communication.kind = QStringLiteral("un_treaty_body");
            communication.reference =
                QStringLiteral("G/SO %1/%2").arg(random.between(100, 999)).arg(year);
        } else if (roll < 5 && region) {
            addressee = *region;
            communication.kind = QStringLiteral("regional_commission");
            communication.reference =
                QStringLiteral("P-%1-%2").arg(random.between(100, 2999)).arg(year % 100);
        }
        communication.addresseeOrgId = mechanisms.at(static_cast<std::size_t>(addressee)).id;
        m_timeline.at(later(random, from, 5, 60),
                      [send, communication] { send(communication, 0.45); });
    }
    if (defenders && random.chance(0.05)) {
        Intervention statement;
        statement.kind = QStringLiteral("statement");
        statement.addressee = QStringLiteral("Public (press release and social media)");
        m_timeline.at(later(random, d.plan.opened, 2, 10),
                      [send, statement] { send(statement, 0.0); });
    }
    if (const auto active = d.plan.firstActive();
        active && random.chance(0.15) && !orgs.authorities.empty()) {
        Intervention letter;
        letter.kind = QStringLiteral("letter_authorities");
        letter.addresseeOrgId = orgs.authorities.back().id;
        m_timeline.at(later(random, *active, 3, 40), [send, letter] { send(letter, 0.5); });
    }
}

void DemoCaseWriter::planResponse(Draft& d, Intervention intervention)
{
    const QString response = d.random.word(interventionResponses());
    const QString outcome =
        d.random.chance(0.7) ? d.random.word(interventionOutcomes()) : QString();
    m_timeline.at(later(d.random, m_clock.nowUtc(), 7, 120),
                  [this, intervention, response, outcome]() mutable {
                      intervention.responseOn = m_clock.nowUtc().date();
                      intervention.response = response;
                      intervention.outcome = outcome;
                      m_interventions.update(intervention);
                  });
}

void DemoCaseWriter::attach(const QString& ownerType, qint64 ownerId, const QString& fileName,
                            const QString& mediaType, const QByteArray& content)
{
    m_attachments.add(ownerType, ownerId, fileName, mediaType, content);
    ++m_world.summary.attachments;
}

} // namespace demo
} // namespace amparo
