#include "demo/DemoCaseWriter.h"

#include "demo/DemoClock.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoPeople.h"
#include "demo/DemoWorld.h"
#include "vault/Session.h"

namespace amparo {
namespace demo {
namespace {

struct Weighted
{
    const char* name;
    int weight;
};
constexpr Weighted kProgrammes[] = {{"urgent_assistance", 6}, {"defenders", 5}, {"women", 2},
                                    {"children", 2},          {"escr", 2},      {"mechanisms", 1}};

QString drawProgramme(DemoRandom& random)
{
    int roll = random.below(18);
    for (const Weighted& programme : kProgrammes) {
        if ((roll -= programme.weight) < 0)
            return QString::fromLatin1(programme.name);
    }
    return QString::fromLatin1(kProgrammes[0].name);
}

// Perpetrator types as they occur in each programme, weighted by repetition.
Words perpetratorTypes(const QString& programme)
{
    static constexpr const char* urgent[] = {"police",       "police",       "police", "military",
                                             "prison_staff", "intelligence", "other"};
    static constexpr const char* defenders[] = {"police",        "intelligence", "judiciary",
                                                "private_actor", "armed_group",  "police"};
    static constexpr const char* escr[] = {"private_actor", "private_actor", "police", "military",
                                           "armed_group"};
    static constexpr const char* mechanisms[] = {"military", "police", "intelligence",
                                                 "armed_group"};
    static constexpr const char* custody[] = {"police", "police", "prison_staff", "military"};
    if (programme == QLatin1String("urgent_assistance"))
        return urgent;
    if (programme == QLatin1String("defenders"))
        return defenders;
    if (programme == QLatin1String("escr"))
        return escr;
    if (programme == QLatin1String("mechanisms"))
        return mechanisms;
    return custody;
}

constexpr CaseOutcome kCoverage[] = {CaseOutcome::Closed,     CaseOutcome::ReopenedAfterClosure,
                                     CaseOutcome::Referred,   CaseOutcome::ReopenedAfterReferral,
                                     CaseOutcome::Rejected,   CaseOutcome::ReopenedAfterRejection,
                                     CaseOutcome::Monitoring, CaseOutcome::Active};

} // namespace

bool DemoWorld::secondCaseworkerOnDuty(const QDate& day) const
{
    const auto week = static_cast<std::uint64_t>(day.toJulianDay() / 7);
    return DemoRandom(DemoRandom::mix(DemoRandom::mix(seed, 0x5EC0), week)).chance(0.25);
}

DemoCaseWriter::DemoCaseWriter(Session& session, DemoClock& clock, DemoWorld& world)
    : m_session(session), m_clock(clock), m_world(world), m_cases(session), m_people(session),
      m_consents(session), m_violations(session), m_medical(session), m_interventions(session),
      m_assistance(session), m_attachments(session), m_tasks(session)
{}

void DemoCaseWriter::write(int index)
{
    Draft d(DemoRandom::mix(m_world.seed, static_cast<std::uint64_t>(index)));
    d.index = index;
    d.owner = m_world.secondCaseworkerOnDuty(m_world.openingDay(index)) ? m_world.secondCaseworkerId
                                                                        : m_world.caseworkerId;
    d.country = &d.random.pick(demoCountries());
    d.programme = drawProgramme(d.random);
    d.texts = &textsFor(d.programme.toLatin1().constData());
    d.story = &d.random.pick(d.texts->stories);
    d.city = d.random.word(d.country->places);
    d.perpetratorType = d.random.word(perpetratorTypes(d.programme));
    const QDateTime opened(m_world.openingDay(index),
                           QTime(7 + d.random.below(10), d.random.below(60), d.random.below(60)),
                           Qt::UTC);
    const std::optional<CaseOutcome> forced = coverage(d);
    d.plan = planCase(d.random, opened, m_world.end,
                      chooseOutcome(d.random, opened.daysTo(m_world.end), forced));
    m_timeline.at(opened, [this, &d] { planOpening(d); });
    m_timeline.run(m_clock, m_world.end);

    DemoSummary& summary = m_world.summary;
    ++summary.cases;
    ++summary.casesByStatus[d.plan.finalStatus()];
    ++summary.casesByCountry[d.c.country];
    if (d.c.restricted)
        ++summary.restrictedCases;
}

std::optional<CaseOutcome> DemoCaseWriter::coverage(Draft& d) const
{
    // From 12 cases on, chance is helped so that even a small demo shows
    // everything: every outcome (the oldest cases and the two newest), the
    // three stages of unfinished assistance (the three newest), a possible
    // duplicate and a returning victim (cases 10 and 11). Cases 1 and 4 are
    // restricted and not shared, in demos of any size.
    const int total = m_world.totalCases;
    const int index = d.index;
    if (total < 12)
        return std::nullopt;
    if (index >= total - 3)
        d.assistanceStage = total - 1 - index;
    if ((index == 10 || index == 11) && m_world.firstKnown) {
        d.twin = index == 10 ? Draft::Twin::Duplicate : Draft::Twin::Returning;
        for (const DemoCountry& country : demoCountries()) {
            if (m_world.firstKnownCountry == QLatin1String(country.code))
                d.country = &country;
        }
        d.city = d.random.word(d.country->places);
        if (d.programme == QLatin1String("women"))
            d.programme = QStringLiteral("urgent_assistance");
        d.texts = &textsFor(d.programme.toLatin1().constData());
        d.story = &d.texts->stories.front();
    }
    if (index == total - 1)
        return CaseOutcome::Intake;
    if (index == total - 2)
        return CaseOutcome::Assessment;
    if (index < static_cast<int>(std::size(kCoverage)))
        return kCoverage[index];
    return std::nullopt;
}

void DemoCaseWriter::planOpening(Draft& d)
{
    DemoRandom& random = d.random;
    const bool children = d.programme == QLatin1String("children");
    const bool defenders = d.programme == QLatin1String("defenders");
    PersonSpec spec;
    spec.role = QString::fromLatin1(defenders ? "defender" : "victim");
    spec.occupation = random.word(d.texts->occupations);
    if (children) {
        spec.minimumAge = 10;
        spec.maximumAge = 17;
    }
    if (d.programme == QLatin1String("women") || spec.occupation.contains(QLatin1String("women")))
        spec.sex = QStringLiteral("female");
    else if (defenders && random.chance(0.55))
        spec.sex = QStringLiteral("female");
    const QDate today = m_clock.nowUtc().date();
    Person victim = demoPerson(random, *d.country, spec, today);
    const std::optional<qint64> returning = meetAgain(d, victim);
    const qint64 age = victim.effectiveBirthYear()
                           ? today.year() - *victim.effectiveBirthYear()
                           : random.between(spec.minimumAge, spec.maximumAge);

    d.c = caseRecord(d, victim, age, spec.occupation);
    // The person comes first, then the case that names them.
    qint64 victimId = 0;
    if (returning) {
        victimId = *returning;
        d.victims.push_back(victimId);
    } else {
        victimId = newVictim(d, victim);
    }
    pause(d, 60, 600);
    d.c = m_cases.create(d.c);
    link(d, victimId, spec.role);
    for (int more = random.chance(0.2) ? random.between(1, 2) : 0; more > 0; --more) {
        PersonSpec other = spec;
        other.role = QStringLiteral("victim");
        other.sex.clear();
        link(d, newVictim(d, demoPerson(random, *d.country, other, today)), other.role);
    }
    // The family speaks for someone disappeared or killed, and for a child.
    if (!d.victimAbsent())
        recordConsents(d, d.victims.front(), children);
    if (d.victimAbsent() || random.chance(children ? 0.8 : 0.3)) {
        PersonSpec family{QStringLiteral("family"), {}, children ? 30 : 18, 75, {}};
        const Person relative = demoPerson(random, *d.country, family, today);
        d.relative = addPerson(d, relative, family.role);
        recordConsents(d, *d.relative, false);
    }
    if (random.chance(0.15))
        addPerson(
            d, demoPerson(random, *d.country, {QStringLiteral("witness"), {}, 18, 70, {}}, today),
            QStringLiteral("witness"));
    if (!d.c.restricted && random.chance(0.3))
        addLawyer(d);
    if (random.chance(0.35))
        addPerson(d, demoPerpetrator(random, *d.country, d.perpetratorType.toLatin1().constData()),
                  QStringLiteral("perpetrator"), d.perpetratorType);
    const qint64 other =
        d.owner == m_world.caseworkerId ? m_world.secondCaseworkerId : m_world.caseworkerId;
    if (random.chance(d.c.restricted ? 0.3 : 0.05) && !d.hiddenFromColleague())
        m_cases.assign(d.c.id, other);

    if (!d.c.restricted)
        m_world.grantCandidates.push_back(
            {d.c.id, m_clock.nowUtc(), d.owner == m_world.secondCaseworkerId, d.c.country,
             d.c.programme, std::nullopt, QString(), QString(),
             d.victimAbsent() && d.relative ? d.relative : std::optional<qint64>(d.victims.front()),
             std::nullopt});
    planViolations(d, d.c.incidentOn.value_or(d.c.openedOn));
    planTransitions(d);
    planInterventions(d);
    planAssistance(d);
    planTasks(d);
}

void DemoCaseWriter::planTransitions(Draft& d)
{
    for (const PlannedTransition& step : d.plan.transitions) {
        const QString reason = d.random.word(
            transitionReasons(step.from.toLatin1().constData(), step.to.toLatin1().constData()));
        m_timeline.at(step.at, [this, &d, step, reason] {
            m_cases.transition(d.c.id, step.to, reason);
            ++m_world.summary.transitions;
        });
    }
}

} // namespace demo
} // namespace amparo
