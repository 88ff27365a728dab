#pragma once

#include <span>

// The tables the demo generator draws from: fictional names in many
// cultures and scripts, countries with places, and the words of narratives.
// They are data, not interface text: they are never translated.
namespace amparo {
namespace demo {

using Words = std::span<const char* const>;

struct NameCulture
{
    const char* key;
    Words female;
    Words male;
    Words family;
    bool familyFirst = false;    // Vietnamese: Nguyễn Thị Lan
    bool twoFamilyNames = false; // Spanish: paternal and maternal
    bool gendered = false;       // Slavic and Central Asian: Смирнов, Смирнова
};

// The culture of `key` ("es", "ru", "ar", …); the first one for an unknown key.
const NameCulture& nameCulture(const char* key);

// How organisations of a country are named.
enum class OrgStyle
{
    English,
    Spanish,
    Portuguese,
    French,
};

struct DemoCountry
{
    const char* code;     // ISO 3166-1 alpha-2
    const char* cultures; // name cultures, comma-separated, the usual one first
    const char* languages;
    const char* dialCode;
    OrgStyle style;
    Words places;
};

std::span<const DemoCountry> demoCountries();

// One kind of case: its title, how it began, what followed, and the type
// of its first violation, which the story is about.
struct Story
{
    const char* violationType; // Vocabulary::ViolationType
    const char* title;         // with {occupation} and {city}
    const char* opening;       // with {Subject}, {date}, {place}, {perp}, {context}
    const char* development;   // with {Pronoun}, {pronoun}, {object}, {possessive}, {days}
};

// The words of one programme's cases.
struct ProgrammeTexts
{
    const char* programme; // Vocabulary::Programme
    std::span<const Story> stories;
    Words requests;       // what the referring member asks for, with {referrer}
    Words contexts;       // "after speaking at a public hearing …"
    Words violationTypes; // of further violations in the same case
    Words occupations;
};

const ProgrammeTexts& textsFor(const char* programme);

Words perpetratorPhrases(const char* type); // "officers of the municipal police"
Words perpetratorUnits(const char* type);   // "Station 4", for unidentified groups
Words transitionReasons(const char* from, const char* to);
Words consequences(const char* violationType);
Words examiners();                // "forensic physician", with {centre}
Words findings(const char* kind); // physical / psychological
Words interventionResponses();
Words interventionOutcomes();
Words assistanceDescriptions(const char* type);
Words assistanceOutcomes(const char* type);
Words cancellationNotes();
Words consentMethods();
Words taskTitles();
Words personNotes();
Words riskAssessments();

} // namespace demo
} // namespace amparo
