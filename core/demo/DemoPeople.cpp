#include "demo/DemoPeople.h"

#include "demo/DemoCorpus.h"
#include "demo/DemoRandom.h"

#include <QStringList>

namespace amparo {
namespace demo {
namespace {

// The country's usual culture three times in four, another of its cultures otherwise.
const NameCulture& cultureOf(DemoRandom& random, const DemoCountry& country)
{
    const QStringList keys = QString::fromLatin1(country.cultures).split(QLatin1Char(','));
    const QString key = keys.size() > 1 && random.chance(0.25)
                            ? keys[1 + random.below(static_cast<int>(keys.size()) - 1)]
                            : keys.front();
    return nameCulture(key.toLatin1().constData());
}

// Смирнов → Смирнова; names without a masculine ending stay as they are.
QString feminine(const QString& family)
{
    for (const char* ending : {"ов", "ев", "ёв", "ин"}) {
        if (family.endsWith(QString::fromUtf8(ending)))
            return family + QString::fromUtf8("а");
    }
    return family;
}

bool isIndigenousArea(const QString& code)
{
    static const QStringList areas = {QStringLiteral("PE"), QStringLiteral("BO"),
                                      QStringLiteral("GT"), QStringLiteral("MX"),
                                      QStringLiteral("EC"), QStringLiteral("BR")};
    return areas.contains(code);
}

} // namespace

QString demoName(DemoRandom& random, const DemoCountry& country, bool female)
{
    const NameCulture& culture = cultureOf(random, country);
    const QString given = random.word(female ? culture.female : culture.male);
    QString family = random.word(culture.family);
    if (culture.gendered && female)
        family = feminine(family);
    if (culture.twoFamilyNames) {
        const QString second = random.word(culture.family);
        if (second != family)
            family += QLatin1Char(' ') + second;
    }
    return culture.familyFirst ? family + QLatin1Char(' ') + given
                               : given + QLatin1Char(' ') + family;
}

Person demoPerson(DemoRandom& random, const DemoCountry& country, const PersonSpec& spec,
                  const QDate& today)
{
    Person p;
    p.roles = {spec.role};
    const QString code = QString::fromLatin1(country.code);
    if (!spec.sex.isEmpty())
        p.sex = spec.sex;
    else
        p.sex = random.chance(0.03)  ? QStringLiteral("other")
                : random.chance(0.4) ? QStringLiteral("female")
                                     : QStringLiteral("male");
    const bool female =
        p.sex == QLatin1String("female") || (p.sex == QLatin1String("other") && random.chance(0.5));
    p.fullName = demoName(random, country, female);

    const int age = random.between(spec.minimumAge, spec.maximumAge);
    const int roll = random.below(100);
    if (roll < 50)
        p.birthDate = QDate(today.year() - age, 1, 1).addDays(random.below(365));
    else if (roll < 85)
        p.birthYear = today.year() - age;

    p.nationality = code;
    p.country = code;
    p.languages = QString::fromUtf8(country.languages);
    if (age < 18)
        p.vulnerabilities << QStringLiteral("child");
    if (p.sex == QLatin1String("female") && random.chance(0.5))
        p.vulnerabilities << QStringLiteral("woman");
    if (spec.occupation.contains(QLatin1String("LGBTI")) || random.chance(0.03))
        p.vulnerabilities << QStringLiteral("lgbti");
    if (random.chance(0.04))
        p.vulnerabilities << QStringLiteral("disability");
    if (spec.occupation.contains(QLatin1String("indigenous")) ||
        (isIndigenousArea(code) && random.chance(0.2)))
        p.vulnerabilities << QStringLiteral("indigenous");
    if (spec.role == QLatin1String("defender") && random.chance(0.06)) {
        p.vulnerabilities << QStringLiteral("exile");
        const auto countries = demoCountries();
        p.country = QString::fromLatin1(random.pick(countries).code);
    }
    p.womanDefender = spec.role == QLatin1String("defender") && female;
    if (p.womanDefender && !p.roles.contains(QLatin1String("victim")) && random.chance(0.3))
        p.roles << QStringLiteral("victim");

    // Numbers with a 0 after the country code are never dialled anywhere.
    if (random.chance(0.45))
        p.phone = QStringLiteral("+%1 0%2 %3")
                      .arg(QString::fromLatin1(country.dialCode))
                      .arg(random.between(100, 999))
                      .arg(random.between(100000, 999999));
    if (random.chance(0.2))
        p.email = QStringLiteral("contact.%1@example.org").arg(random.between(100000, 999999));
    if (random.chance(0.3))
        p.address = QStringLiteral("District %1, %2")
                        .arg(random.between(1, 30))
                        .arg(random.word(country.places));
    p.notes = random.word(personNotes());
    return p;
}

Person demoPerpetrator(DemoRandom& random, const DemoCountry& country, const char* type)
{
    Person p;
    p.roles = {QStringLiteral("perpetrator")};
    p.fullName = random.word(perpetratorUnits(type))
                     .replace(QStringLiteral("{n}"), QString::number(random.between(1, 40)));
    const bool named = p.fullName.contains(QLatin1String("{name}"));
    p.sex = named ? QStringLiteral("male") : QStringLiteral("unknown");
    if (named) {
        const QString name = demoName(random, country, false);
        p.fullName.replace(QStringLiteral("{name}"), name);
    }
    p.nationality = QString::fromLatin1(country.code);
    p.country = p.nationality;
    return p;
}

QString respelled(const QString& fullName)
{
    QStringList words = fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1)
        words.prepend(words.takeLast().toUpper());
    return words.join(QLatin1Char(' '));
}

} // namespace demo
} // namespace amparo
