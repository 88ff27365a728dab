// What is done for the people of a case, and the follow-ups it leaves: the
// assistance workflow and tasks (the rest of DemoCaseWriter).

#include "demo/DemoCaseWriter.h"
#include "demo/DemoClock.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoWorld.h"

namespace amparo {
namespace demo {
namespace {

constexpr qint64 kDay = 86400;

QDateTime after(DemoRandom& random, const QDateTime& from, int minimumDays, int maximumDays)
{
    return from.addSecs(random.between(minimumDays, maximumDays) * kDay +
                        random.between(600, 6 * 3600));
}

Words assistanceTypes(const QString& programme)
{
    static constexpr const char* urgent[] = {"medical", "medical", "legal", "psychosocial",
                                             "social"};
    static constexpr const char* defenders[] = {"legal", "relocation", "accompaniment",
                                                "psychosocial", "legal"};
    static constexpr const char* children[] = {"psychosocial", "social", "legal"};
    static constexpr const char* women[] = {"medical", "psychosocial", "relocation", "social"};
    static constexpr const char* other[] = {"legal", "social", "psychosocial"};
    if (programme == QLatin1String("urgent_assistance"))
        return urgent;
    if (programme == QLatin1String("defenders"))
        return defenders;
    if (programme == QLatin1String("children"))
        return children;
    if (programme == QLatin1String("women"))
        return women;
    return other;
}

const std::vector<OrgRef>& providersFor(const DemoWorld& world, const CountryOrganisations& orgs,
                                        const QString& type)
{
    if (type == QLatin1String("legal"))
        return orgs.lawyers;
    if (type == QLatin1String("medical"))
        return orgs.clinics;
    if (type == QLatin1String("psychosocial"))
        return orgs.rehabilitation;
    if (type == QLatin1String("relocation"))
        return orgs.shelters;
    if (type == QLatin1String("accompaniment"))
        return world.organisations.partners;
    return orgs.members;
}

} // namespace

void DemoCaseWriter::planAssistance(Draft& d)
{
    DemoRandom& random = d.random;
    const auto active = d.plan.firstActive();
    int count = 0;
    if (active) {
        const int roll = random.below(100);
        count = roll < 15 ? 0 : roll < 75 ? 1 : 2;
    } else if (random.chance(0.2)) {
        count = 1; // emergency support while the case is assessed
    }
    if (d.assistanceStage)
        count = 1;
    const CountryOrganisations& orgs =
        m_world.organisations.byCountry[QString::fromLatin1(d.country->code)];
    for (int i = 0; i < count; ++i) {
        Assistance a;
        a.caseId = d.c.id;
        const qint64 victim =
            d.victims[static_cast<std::size_t>(random.below(int(d.victims.size())))];
        a.personId = d.victimAbsent() ? d.relative : std::optional<qint64>(victim);
        a.type = random.word(assistanceTypes(d.programme));
        a.description = random.word(assistanceDescriptions(a.type.toLatin1().constData()));
        if (const auto& providers = providersFor(m_world, orgs, a.type);
            !providers.empty() && random.chance(0.85))
            a.providerOrgId = random.pick(std::span<const OrgRef>(providers)).id;
        QDateTime requested =
            active ? after(random, *active, 1, 15) : after(random, d.plan.opened, 2, 10);
        if (d.assistanceStage) // emergency support, asked for at intake
            requested = m_clock.nowUtc().addSecs(random.between(600, 3600));
        m_timeline.at(requested, [this, &d, a]() mutable {
            a.requestedOn = m_clock.nowUtc().date();
            const Assistance created = m_assistance.create(a);
            ++m_world.summary.assistance;
            if (!d.c.restricted)
                m_world.grantCandidates.push_back(
                    {d.c.id, m_clock.nowUtc(), d.owner == m_world.secondCaseworkerId, d.c.country,
                     d.c.programme, created.id, created.type, created.description, created.personId,
                     created.providerOrgId});
            planAssistanceSteps(d, created, m_clock.nowUtc());
            if (created.type == QLatin1String("relocation") && d.random.chance(0.3)) {
                Intervention letter;
                letter.caseId = d.c.id;
                letter.kind = QStringLiteral("embassy");
                letter.addressee = QStringLiteral("Embassy of the host country, visa section");
                m_timeline.at(after(d.random, m_clock.nowUtc(), 2, 20), [this, letter]() mutable {
                    letter.sentOn = m_clock.nowUtc().date();
                    m_interventions.create(letter);
                    ++m_world.summary.interventions;
                });
            }
        });
    }
}

void DemoCaseWriter::planAssistanceSteps(Draft& d, const Assistance& assistance,
                                         const QDateTime& from)
{
    DemoRandom& random = d.random;
    const qint64 id = assistance.id;
    auto step = [this, id](const QDateTime& at, const char* to, QString note) {
        m_timeline.at(at, [this, id, to, note] {
            m_assistance.transition(id, QString::fromLatin1(to), note);
        });
    };
    if (d.assistanceStage) {
        // Approved and started the same day, so that it happens before the end.
        const char* stages[] = {"approved", "in_progress"};
        for (int stage = 0; stage < *d.assistanceStage; ++stage)
            step(from.addSecs((stage + 1) * 3600), stages[stage], {});
        return;
    }
    const int roll = random.below(100);
    const QDateTime approved = after(random, from, 2, 14);
    if (roll < 8) {
        step(approved, "cancelled", random.word(cancellationNotes()));
        return;
    }
    step(approved, "approved", {});
    const QDateTime started = after(random, approved, 1, 20);
    if (roll < 14) {
        step(started, "cancelled", random.word(cancellationNotes()));
        return;
    }
    step(started, "in_progress", {});
    const QDateTime finished = after(random, started, 20, 180);
    if (roll < 22) {
        step(finished, "cancelled", random.word(cancellationNotes()));
        return;
    }
    step(finished, "completed", {});
    Assistance withOutcome = assistance;
    withOutcome.outcome = random.word(assistanceOutcomes(assistance.type.toLatin1().constData()));
    m_timeline.at(finished.addSecs(1800),
                  [this, withOutcome] { m_assistance.update(withOutcome); });
}

void DemoCaseWriter::planTasks(Draft& d)
{
    DemoRandom& random = d.random;
    std::vector<QDateTime> created;
    if (const auto active = d.plan.firstActive(); active && random.chance(0.45)) {
        created.push_back(after(random, *active, 1, 60));
        if (random.chance(0.3))
            created.push_back(after(random, created.back(), 10, 120));
    } else if (!active && random.chance(0.3)) {
        created.push_back(after(random, d.plan.opened, 0, 2));
    }
    const QDateTime end = m_world.end;
    for (const QDateTime& at : created) {
        Task task;
        task.title = random.word(taskTitles());
        task.caseId = d.c.id;
        task.assigneeId = !d.c.restricted && random.chance(0.1) ? m_world.fundManagerId : d.owner;
        const int dueInDays = random.between(5, 45);
        task.dueOn = at.date().addDays(dueInDays);
        const QDateTime doneAt = after(random, at, 1, dueInDays + 3);
        const bool done = random.chance(0.8) && doneAt <= end;
        if (at > end)
            continue;
        if (!done && task.dueOn < end.date())
            ++m_world.summary.overdueTasks;
        m_timeline.at(at, [this, task, done, doneAt] {
            const Task saved = m_tasks.create(task);
            ++m_world.summary.tasks;
            if (done)
                m_timeline.at(doneAt, [this, id = saved.id] { m_tasks.complete(id); });
        });
    }
}

} // namespace demo
} // namespace amparo
