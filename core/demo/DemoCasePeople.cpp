// The people of a case: victims met for the first time or again, lawyers
// who represent many clients, and their consent (part of DemoCaseWriter).

#include "demo/DemoCaseWriter.h"
#include "demo/DemoClock.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoPeople.h"
#include "demo/DemoText.h"
#include "demo/DemoWorld.h"

namespace amparo {
namespace demo {

qint64 DemoCaseWriter::create(const Person& person)
{
    const SavedPerson saved = m_people.create(person);
    ++m_world.summary.people;
    if (!saved.possibleDuplicates.empty())
        ++m_world.summary.possibleDuplicates;
    return saved.id;
}

qint64 DemoCaseWriter::addPerson(Draft& d, const Person& person, const QString& role,
                                 const QString& perpetratorType)
{
    const qint64 id = create(person);
    link(d, id, role, perpetratorType);
    return id;
}

void DemoCaseWriter::link(Draft& d, qint64 personId, const QString& role,
                          const QString& perpetratorType)
{
    pause(d, 20, 120);
    m_cases.addPerson(d.c.id, personId, role, perpetratorType);
}

void DemoCaseWriter::pause(Draft& d, int minimumSeconds, int maximumSeconds)
{
    m_clock.set(m_clock.nowUtc().addSecs(d.random.between(minimumSeconds, maximumSeconds)));
}

std::optional<qint64> DemoCaseWriter::meetAgain(Draft& d, Person& victim)
{
    const std::vector<KnownPerson>& known = m_world.victims[QString::fromLatin1(d.country->code)];
    std::optional<KnownPerson> earlier;
    bool returning = false;
    if (d.twin != Draft::Twin::None) {
        earlier = m_world.firstKnown;
        returning = d.twin == Draft::Twin::Returning;
    } else if (!known.empty() && d.programme != QLatin1String("women")) {
        const int roll = d.random.below(100);
        if (roll < 5) {
            earlier = d.random.pick(std::span<const KnownPerson>(known));
            returning = roll < 3;
        }
    }
    if (!earlier)
        return std::nullopt;
    // Back with a new case; or typed in again by someone who did not search first.
    victim.fullName = returning ? earlier->fullName : respelled(earlier->fullName);
    victim.sex = earlier->sex;
    victim.birthDate.reset();
    victim.birthYear = earlier->birthYear;
    return returning ? std::optional<qint64>(earlier->id) : std::nullopt;
}

qint64 DemoCaseWriter::newVictim(Draft& d, const Person& person)
{
    const qint64 id = create(person);
    const QString code = QString::fromLatin1(d.country->code);
    if (!d.c.restricted) {
        const KnownPerson known{id, person.fullName, person.effectiveBirthYear(), person.sex};
        if (!m_world.firstKnown) {
            m_world.firstKnown = known;
            m_world.firstKnownCountry = code;
        }
        if (m_world.victims[code].size() < 200)
            m_world.victims[code].push_back(known);
    }
    d.victims.push_back(id);
    return id;
}

void DemoCaseWriter::addLawyer(Draft& d)
{
    const QString code = QString::fromLatin1(d.country->code);
    std::vector<qint64>& lawyers = m_world.lawyers[code];
    if (lawyers.size() >= 3 || (!lawyers.empty() && d.random.chance(0.7))) {
        link(d, d.random.pick(std::span<const qint64>(lawyers)), QStringLiteral("lawyer"));
        return;
    }
    Person lawyer = demoPerson(d.random, *d.country, {QStringLiteral("lawyer"), {}, 28, 68, {}},
                               m_clock.nowUtc().date());
    const auto& firms = m_world.organisations.byCountry[code].lawyers;
    if (!firms.empty())
        lawyer.affiliationId = d.random.pick(std::span<const OrgRef>(firms)).id;
    lawyers.push_back(addPerson(d, lawyer, QStringLiteral("lawyer")));
}

void DemoCaseWriter::recordConsents(Draft& d, qint64 personId, bool child)
{
    DemoRandom& random = d.random;
    const QDate today = m_clock.nowUtc().date();
    const Words methods = consentMethods();
    auto record = [&](const char* purpose, const char* status, std::optional<QDate> expires) {
        Consent consent;
        consent.personId = personId;
        consent.purpose = QString::fromLatin1(purpose);
        consent.status = QString::fromLatin1(status);
        consent.decidedOn = today;
        consent.expiresOn = expires;
        consent.method = child ? QString::fromUtf8(methods.back())
                               : QString::fromUtf8(methods[random.below(int(methods.size()) - 1)]);
        m_consents.record(consent);
        ++m_world.summary.consents;
    };
    auto expiry = [&](int months) {
        return std::optional<QDate>(today.addMonths(months));
    };
    record("case_management", random.chance(0.97) ? "given" : "refused", std::nullopt);
    if (random.chance(0.6)) {
        const bool given = random.chance(0.8);
        record("partner_sharing", given ? "given" : "refused",
               given && random.chance(0.4) ? expiry(random.between(6, 24)) : std::nullopt);
        if (given && random.chance(0.06)) {
            // Changed their mind later: a new decision, the earlier one kept.
            Consent withdrawal;
            withdrawal.personId = personId;
            withdrawal.purpose = QStringLiteral("partner_sharing");
            withdrawal.status = QStringLiteral("withdrawn");
            withdrawal.method = QStringLiteral("Told the caseworker by telephone.");
            const QDateTime later = d.plan.opened.addDays(random.between(30, 500));
            m_timeline.at(later, [this, withdrawal]() mutable {
                withdrawal.decidedOn = m_clock.nowUtc().date();
                m_consents.record(withdrawal);
                ++m_world.summary.consents;
            });
        }
    }
    if (random.chance(0.5))
        record("mechanisms", random.chance(0.85) ? "given" : "refused", std::nullopt);
    if (random.chance(d.programme == QLatin1String("defenders") ? 0.7 : 0.3))
        record("urgent_appeal", random.chance(0.85) ? "given" : "refused",
               random.chance(0.5) ? expiry(random.between(6, 18)) : std::nullopt);
    if (random.chance(0.25))
        record("media", random.chance(0.3) ? "given" : "refused", std::nullopt);
    if (random.chance(0.08))
        attach(QStringLiteral("person"), personId, QStringLiteral("consent-form.txt"),
               QStringLiteral("text/plain"), consentFormText(d.c.reference, today).toUtf8());
}

} // namespace demo
} // namespace amparo
