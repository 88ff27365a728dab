#pragma once

#include "people/Person.h"

#include <QDate>

namespace amparo {
namespace demo {

class DemoRandom;
struct DemoCountry;

// What kind of person a case needs; the rest is drawn at random.
struct PersonSpec
{
    QString role; // Vocabulary::PersonRole
    QString sex;  // empty: drawn
    int minimumAge = 18;
    int maximumAge = 70;
    QString occupation; // shapes the flags: "LGBTI rights activist", "indigenous leader"
};

// A fictional name of one of the country's cultures, in its script.
QString demoName(DemoRandom& random, const DemoCountry& country, bool female);

// A new person living in `country`, as known on `today` (their age counts from it).
Person demoPerson(DemoRandom& random, const DemoCountry& country, const PersonSpec& spec,
                  const QDate& today);

// An alleged perpetrator: a rank and a name, or an unidentified group.
Person demoPerpetrator(DemoRandom& random, const DemoCountry& country, const char* type);

// The same name written another way (word order, case), as a second
// caseworker would type it: what duplicate detection must still catch.
QString respelled(const QString& fullName);

} // namespace demo
} // namespace amparo
