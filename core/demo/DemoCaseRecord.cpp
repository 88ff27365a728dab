// The case record itself: title, narrative, dates, priority and risk (part
// of DemoCaseWriter).

#include "demo/DemoCaseWriter.h"
#include "demo/DemoCorpus.h"
#include "demo/DemoText.h"
#include "demo/DemoWorld.h"

namespace amparo {
namespace demo {
namespace {

QString priorityFor(DemoRandom& random, const QString& programme)
{
    const int roll = random.below(100);
    if (programme == QLatin1String("defenders"))
        return QString::fromLatin1(roll < 15   ? "critical"
                                   : roll < 60 ? "high"
                                   : roll < 90 ? "medium"
                                               : "low");
    if (programme == QLatin1String("urgent_assistance"))
        return QString::fromLatin1(roll < 10   ? "critical"
                                   : roll < 50 ? "high"
                                   : roll < 90 ? "medium"
                                               : "low");
    return QString::fromLatin1(roll < 5    ? "critical"
                               : roll < 30 ? "high"
                               : roll < 80 ? "medium"
                                           : "low");
}

struct Pronouns
{
    const char* subject;
    const char* object;
    const char* possessive;
};

Pronouns pronounsFor(const QString& sex)
{
    if (sex == QLatin1String("female"))
        return {"she", "her", "her"};
    if (sex == QLatin1String("male"))
        return {"he", "him", "his"};
    return {"they", "them", "their"};
}

} // namespace

Case DemoCaseWriter::caseRecord(Draft& d, const Person& victim, qint64 age,
                                const QString& occupation)
{
    DemoRandom& random = d.random;
    const QDate opened = d.plan.opened.date();
    const QDate incident = opened.addDays(-random.between(0, 60));
    const QString subject = QStringLiteral("a %1-year-old %2").arg(age).arg(occupation);
    QString referrer = QStringLiteral("The member organisation");
    Case c;
    const CountryOrganisations& orgs =
        m_world.organisations.byCountry[QString::fromLatin1(d.country->code)];
    if (!orgs.members.empty() && random.chance(0.9)) {
        const OrgRef& member = random.pick(std::span<const OrgRef>(orgs.members));
        c.referringOrgId = member.id;
        referrer = member.name;
    }
    const Pronouns pronoun = pronounsFor(victim.sex);
    const TextValues values = {
        {"{Subject}", capitalized(subject)},
        {"{subject}", subject},
        {"{date}", longDate(incident)},
        {"{place}", d.city.section(QLatin1Char(','), 0, 0)},
        {"{perp}", random.word(perpetratorPhrases(d.perpetratorType.toLatin1().constData()))},
        {"{context}", random.word(d.texts->contexts)},
        {"{Pronoun}", capitalized(QString::fromLatin1(pronoun.subject))},
        {"{pronoun}", QString::fromLatin1(pronoun.subject)},
        {"{object}", QString::fromLatin1(pronoun.object)},
        {"{possessive}", QString::fromLatin1(pronoun.possessive)},
        {"{days}", QString::number(random.between(2, 40))},
        {"{referrer}", referrer},
        {"{occupation}", occupation},
        {"{city}", d.city.section(QLatin1Char(','), 0, 0)},
    };
    c.title = withArticles(capitalized(filled(QString::fromUtf8(d.story->title), values)));
    c.narrative = withArticles(
        filled(QString::fromUtf8(d.story->opening), values) + QLatin1Char(' ') +
        filled(QString::fromUtf8(d.story->development), values) + QStringLiteral("\n\n") +
        capitalized(filled(random.word(d.texts->requests), values)));
    c.programme = d.programme;
    c.country = QString::fromLatin1(d.country->code);
    c.place = d.city;
    c.incidentOn = incident;
    if (random.chance(0.8))
        c.reportedOn = incident.addDays(random.between(0, incident.daysTo(opened)));
    c.openedOn = opened;
    c.priority = priorityFor(random, d.programme);
    if (d.programme == QLatin1String("defenders") || random.chance(0.1))
        c.risk = random.word(riskAssessments());
    c.restricted = d.hiddenFromColleague() ||
                   random.chance(d.programme == QLatin1String("defenders") ? 0.15 : 0.06);
    c.externalId = QStringLiteral("demo-%1").arg(d.index + 1, 6, 10, QLatin1Char('0'));
    return c;
}

} // namespace demo
} // namespace amparo
