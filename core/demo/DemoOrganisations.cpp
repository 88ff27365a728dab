#include "demo/DemoOrganisations.h"

#include "demo/DemoCorpus.h"
#include "demo/DemoRandom.h"
#include "organisations/Organisation.h"
#include "organisations/OrganisationService.h"

#include <QLocale>
#include <set>

namespace amparo {
namespace demo {
namespace {

using enum OrgStyle;

// Name patterns per style, with {city}, {word} and {family}.
struct Patterns
{
    Words members;
    Words lawyers;
    Words rehabilitation;
    Words clinics;
    Words shelters;
    Words words;
    const char* culture; // of the family names in {family}
};

constexpr const char* kEnMembers[] = {
    "{city} Centre for Human Rights", "Human Rights Defenders Network of {city}",
    "{city} Legal Aid Collective",    "Association of Families of the Detained, {city}",
    "Women's Rights Forum of {city}", "{city} Committee against Torture"};
constexpr const char* kEnLawyers[] = {"{city} Public Interest Law Chambers",
                                      "Advocates for Justice, {city}"};
constexpr const char* kEnRehab[] = {"{city} Centre for the Rehabilitation of Torture Survivors",
                                    "{word} Trauma Care Centre, {city}"};
constexpr const char* kEnClinics[] = {"{city} Community Health Clinic",
                                      "{word} Medical Clinic, {city}"};
constexpr const char* kEnShelters[] = {"Safe House Network, {city}", "{word} Shelter, {city}"};
constexpr const char* kEnWords[] = {"Hope",      "Harbour", "New Dawn",
                                    "Open Door", "Lantern", "Bridge"};

constexpr const char* kEsMembers[] = {
    "Centro de Derechos Humanos {word}", "Colectivo de Abogadas y Abogados {word}",
    "Comité de Familiares de Detenidos de {city}", "Red de Defensoras {word}"};
constexpr const char* kEsLawyers[] = {"Bufete {family} y Asociados",
                                      "Defensoría Popular de {city}"};
constexpr const char* kEsRehab[] = {"Centro de Atención Psicosocial {word}"};
constexpr const char* kEsClinics[] = {"Clínica Comunitaria {word}"};
constexpr const char* kEsShelters[] = {"Casa Refugio {word}"};
constexpr const char* kEsWords[] = {
    "Tierra Digna",       "Raíces",       "Nuevo Amanecer", "Voces Libres",
    "Sembrando Justicia", "Manos Unidas", "Ixchel"};

constexpr const char* kPtMembers[] = {"Centro de Defesa dos Direitos Humanos de {city}",
                                      "Coletivo {word}",
                                      "Associação de Familiares de Vítimas de {city}"};
constexpr const char* kPtLawyers[] = {"{family} Advogados Associados"};
constexpr const char* kPtRehab[] = {"Centro de Reabilitação {word}"};
constexpr const char* kPtClinics[] = {"Clínica Popular {word}"};
constexpr const char* kPtShelters[] = {"Casa Abrigo {word}"};
constexpr const char* kPtWords[] = {"Terra Livre", "Raízes", "Mãos Dadas", "Vozes do Norte"};

constexpr const char* kFrMembers[] = {"Ligue des droits humains de {city}",
                                      "Association pour la dignité humaine, {city}",
                                      "Collectif des familles de disparus de {city}",
                                      "Observatoire citoyen des lieux de détention, {city}"};
constexpr const char* kFrLawyers[] = {"Cabinet Maître {family}", "Barreau solidaire de {city}"};
constexpr const char* kFrRehab[] = {
    "Centre de réhabilitation des victimes de la torture de {city}"};
constexpr const char* kFrClinics[] = {"Centre de santé communautaire de {city}"};
constexpr const char* kFrShelters[] = {"Maison d'accueil {word}"};
constexpr const char* kFrWords[] = {"Espoir", "L'Étoile", "Le Phare", "La Source"};

const Patterns& patternsFor(OrgStyle style)
{
    static const Patterns english{kEnMembers,  kEnLawyers, kEnRehab, kEnClinics,
                                  kEnShelters, kEnWords,   "es"};
    static const Patterns spanish{kEsMembers,  kEsLawyers, kEsRehab, kEsClinics,
                                  kEsShelters, kEsWords,   "es"};
    static const Patterns portuguese{kPtMembers,  kPtLawyers, kPtRehab, kPtClinics,
                                     kPtShelters, kPtWords,   "pt"};
    static const Patterns french{kFrMembers,  kFrLawyers, kFrRehab, kFrClinics,
                                 kFrShelters, kFrWords,   "fr"};
    switch (style) {
    case Spanish:
        return spanish;
    case Portuguese:
        return portuguese;
    case French:
        return french;
    case English:
        break;
    }
    return english;
}

constexpr const char* kAuthorities[] = {
    "Ministry of the Interior ({country})", "Office of the Prosecutor General ({country})",
    "National Police Headquarters ({country})", "Ministry of Justice ({country})",
    "National Human Rights Institution ({country})"};

// Real bodies, named as they name themselves: the addressees of communications.
constexpr const char* kMechanisms[] = {
    "UN Special Rapporteur on torture and other cruel, inhuman or degrading treatment",
    "UN Special Rapporteur on the situation of human rights defenders",
    "UN Working Group on Arbitrary Detention",
    "UN Working Group on Enforced or Involuntary Disappearances",
    "UN Committee against Torture",
    "UN Special Rapporteur on violence against women and girls",
    "UN Committee on the Rights of the Child",
    "Inter-American Commission on Human Rights",
    "African Commission on Human and Peoples' Rights",
    "OSCE Office for Democratic Institutions and Human Rights"};
constexpr const char* kPartners[] = {
    "Global Federation for Human Rights (Observatory partner)",
    "Regional Network of Rehabilitation Centres", "International Trial Observation Network",
    "Women Defenders Alliance", "Coalition against Enforced Disappearances"};
constexpr const char* kDonors[] = {"Lumière Foundation for Human Dignity",
                                   "Nordic Fund for Survivors of Torture",
                                   "Open Horizons Foundation",
                                   "Aurora Human Rights Trust",
                                   "Stichting Vrije Stem",
                                   "Fundación Horizonte Solidario"};

class Builder
{
public:
    Builder(Session& session, DemoRandom& random, DemoOrganisations& result)
        : m_service(session), m_random(random), m_result(result)
    {}

    OrgRef create(const QString& name, const char* kind, const QString& country)
    {
        // A pattern may produce the same name twice in one country.
        QString unique = name;
        for (int n = 2; !m_names.insert(unique).second; ++n)
            unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
        Organisation o;
        o.name = unique;
        o.kind = QString::fromLatin1(kind);
        o.country = country;
        o.notes = QStringLiteral("Fictional organisation of the demo data.");
        ++m_result.count;
        return {m_service.create(o), unique};
    }

    QString fill(Words patterns, const QString& city)
    {
        return m_random.word(patterns)
            .replace(QStringLiteral("{city}"), city)
            .replace(QStringLiteral("{word}"), m_random.word(m_patterns->words))
            .replace(QStringLiteral("{family}"),
                     m_random.word(nameCulture(m_patterns->culture).family));
    }

    void country(const DemoCountry& country)
    {
        const Patterns& patterns = patternsFor(country.style);
        m_patterns = &patterns;
        const QString code = QString::fromLatin1(country.code);
        const QString countryName = QLocale::territoryToString(QLocale::codeToTerritory(code));
        auto city = [&] {
            return m_random.word(country.places).section(QLatin1Char(','), 0, 0);
        };
        CountryOrganisations& orgs = m_result.byCountry[code];
        for (int i = 0; i < 2; ++i) {
            orgs.members.push_back(create(fill(patterns.members, city()), "member", code));
            orgs.lawyers.push_back(create(fill(patterns.lawyers, city()), "provider", code));
        }
        orgs.rehabilitation.push_back(
            create(fill(patterns.rehabilitation, city()), "provider", code));
        orgs.clinics.push_back(create(fill(patterns.clinics, city()), "provider", code));
        orgs.shelters.push_back(create(fill(patterns.shelters, city()), "provider", code));
        const Words authorities = kAuthorities;
        const int extra = 3 + m_random.below(2); // justice or the national institution
        for (const int i : {0, 1, 2, extra}) {
            const QString name = QString::fromUtf8(authorities[static_cast<std::size_t>(i)])
                                     .replace(QStringLiteral("{country}"), countryName);
            orgs.authorities.push_back(create(name, "authority", code));
        }
    }

private:
    OrganisationService m_service;
    DemoRandom& m_random;
    DemoOrganisations& m_result;
    std::set<QString> m_names;
    const Patterns* m_patterns = nullptr;
};

} // namespace

DemoOrganisations createDemoOrganisations(Session& session, DemoRandom& random)
{
    DemoOrganisations result;
    Builder builder(session, random, result);
    for (const char* name : kMechanisms)
        result.mechanisms.push_back(builder.create(QString::fromUtf8(name), "mechanism", {}));
    for (const char* name : kPartners)
        result.partners.push_back(builder.create(QString::fromUtf8(name), "partner", {}));
    for (const char* name : kDonors)
        result.donors.push_back(builder.create(QString::fromUtf8(name), "donor", {}));
    for (const DemoCountry& country : demoCountries())
        builder.country(country);
    return result;
}

} // namespace demo
} // namespace amparo
