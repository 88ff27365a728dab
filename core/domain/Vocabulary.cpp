#include "domain/Vocabulary.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <span>

namespace amparo {
namespace {

struct Term
{
    const char* name;
    const char* label;
};

// Labels are marked for translation in the context "amparo::Vocabulary".
#define TERM(name, label)                                                                          \
    Term                                                                                           \
    {                                                                                              \
        name, QT_TRANSLATE_NOOP("amparo::Vocabulary", label)                                       \
    }

constexpr Term kPersonRoles[] = {
    TERM("victim", "Victim / survivor"),
    TERM("defender", "Human rights defender"),
    TERM("family", "Family member / dependant"),
    TERM("witness", "Witness"),
    TERM("lawyer", "Lawyer"),
    TERM("perpetrator", "Alleged perpetrator"),
};
constexpr Term kSexes[] = {
    TERM("female", "Female"),
    TERM("male", "Male"),
    TERM("other", "Other"),
    TERM("unknown", "Not known"),
};
constexpr Term kVulnerabilities[] = {
    TERM("child", "Child"),           TERM("woman", "Woman"),
    TERM("lgbti", "LGBTI"),           TERM("disability", "Disability"),
    TERM("indigenous", "Indigenous"), TERM("detained", "Detained"),
    TERM("exile", "In exile"),
};
constexpr Term kConsentPurposes[] = {
    TERM("case_management", "Case management"),
    TERM("partner_sharing", "Sharing with a partner organisation"),
    TERM("mechanisms", "Communication to UN and regional mechanisms"),
    TERM("urgent_appeal", "Publication in an urgent appeal"),
    TERM("media", "Media"),
};
constexpr Term kConsentStatuses[] = {
    TERM("given", "Given"),
    TERM("refused", "Refused"),
    TERM("withdrawn", "Withdrawn"),
};
constexpr Term kOrganisationKinds[] = {
    TERM("member", "Network member"),     TERM("partner", "Partner NGO"),
    TERM("provider", "Service provider"), TERM("donor", "Donor"),
    TERM("authority", "Authority"),       TERM("mechanism", "UN or regional mechanism"),
};
constexpr Term kProgrammes[] = {
    TERM("urgent_assistance", "Urgent assistance to victims of torture"),
    TERM("defenders", "Protection of human rights defenders"),
    TERM("children", "Children's rights"),
    TERM("women", "Violence against women"),
    TERM("escr", "Economic, social and cultural rights"),
    TERM("mechanisms", "Monitoring of protection mechanisms"),
};
constexpr Term kPriorities[] = {
    TERM("low", "Low"),
    TERM("medium", "Medium"),
    TERM("high", "High"),
    TERM("critical", "Critical"),
};
constexpr Term kCaseStatuses[] = {
    TERM("intake", "Intake"),     TERM("assessment", "Assessment"),
    TERM("active", "Active"),     TERM("monitoring", "Monitoring"),
    TERM("closed", "Closed"),     TERM("referred", "Referred"),
    TERM("rejected", "Rejected"),
};
constexpr Term kViolationTypes[] = {
    TERM("torture", "Torture"),
    TERM("ill_treatment", "Cruel, inhuman or degrading treatment"),
    TERM("arbitrary_detention", "Arbitrary arrest or detention"),
    TERM("enforced_disappearance", "Enforced disappearance"),
    TERM("extrajudicial_execution", "Extrajudicial execution"),
    TERM("judicial_harassment", "Judicial harassment"),
    TERM("threats", "Threats and intimidation"),
    TERM("physical_attack", "Physical attack"),
    TERM("sexual_violence", "Sexual violence"),
    TERM("surveillance", "Surveillance"),
    TERM("travel_ban", "Travel ban"),
    TERM("defamation", "Defamation campaign"),
    TERM("asset_freeze", "Freezing of assets"),
    TERM("forced_eviction", "Forced eviction"),
};
constexpr Term kPerpetratorTypes[] = {
    TERM("police", "Police"),
    TERM("military", "Military"),
    TERM("prison_staff", "Prison staff"),
    TERM("intelligence", "Intelligence services"),
    TERM("judiciary", "Judiciary"),
    TERM("armed_group", "Non-state armed group"),
    TERM("private_actor", "Private actor"),
    TERM("other", "Other"),
};
constexpr Term kDatePrecisions[] = {
    TERM("day", "Exact date"),
    TERM("month", "Month only"),
    TERM("year", "Year only"),
    TERM("unknown", "Unknown date"),
};
constexpr Term kInterventionKinds[] = {
    TERM("urgent_appeal", "Urgent appeal"),
    TERM("urgent_appeal_follow_up", "Urgent appeal follow-up"),
    TERM("urgent_appeal_closing", "Closing urgent appeal"),
    TERM("statement", "Statement"),
    TERM("letter_authorities", "Letter to the authorities"),
    TERM("un_special_procedure", "Communication to a UN special procedure"),
    TERM("un_treaty_body", "Communication to a UN treaty body"),
    TERM("regional_commission", "Communication to a regional commission"),
    TERM("embassy", "Letter to an embassy"),
};
constexpr Term kAssistanceTypes[] = {
    TERM("legal", "Legal"),
    TERM("medical", "Medical"),
    TERM("psychosocial", "Psychosocial"),
    TERM("relocation", "Relocation"),
    TERM("social", "Social"),
    TERM("accompaniment", "Protective accompaniment / solidarity visit"),
};
constexpr Term kAssistanceStatuses[] = {
    TERM("requested", "Requested"),     TERM("approved", "Approved"),
    TERM("in_progress", "In progress"), TERM("completed", "Completed"),
    TERM("cancelled", "Cancelled"),
};
constexpr Term kFindingKinds[] = {
    TERM("physical", "Physical"),
    TERM("psychological", "Psychological"),
};
constexpr Term kConsistencies[] = {
    TERM("not_consistent", "Not consistent"),
    TERM("consistent", "Consistent"),
    TERM("highly_consistent", "Highly consistent"),
    TERM("typical", "Typical of"),
    TERM("diagnostic", "Diagnostic of"),
};

#undef TERM

std::span<const Term> termsOf(Vocabulary vocabulary)
{
    switch (vocabulary) {
    case Vocabulary::PersonRole:
        return kPersonRoles;
    case Vocabulary::Sex:
        return kSexes;
    case Vocabulary::Vulnerability:
        return kVulnerabilities;
    case Vocabulary::ConsentPurpose:
        return kConsentPurposes;
    case Vocabulary::ConsentStatus:
        return kConsentStatuses;
    case Vocabulary::OrganisationKind:
        return kOrganisationKinds;
    case Vocabulary::Programme:
        return kProgrammes;
    case Vocabulary::Priority:
        return kPriorities;
    case Vocabulary::CaseStatus:
        return kCaseStatuses;
    case Vocabulary::ViolationType:
        return kViolationTypes;
    case Vocabulary::PerpetratorType:
        return kPerpetratorTypes;
    case Vocabulary::DatePrecision:
        return kDatePrecisions;
    case Vocabulary::InterventionKind:
        return kInterventionKinds;
    case Vocabulary::AssistanceType:
        return kAssistanceTypes;
    case Vocabulary::AssistanceStatus:
        return kAssistanceStatuses;
    case Vocabulary::FindingKind:
        return kFindingKinds;
    case Vocabulary::Consistency:
        return kConsistencies;
    }
    return {};
}

} // namespace

QStringList termNames(Vocabulary vocabulary)
{
    QStringList names;
    for (const Term& term : termsOf(vocabulary))
        names << QLatin1String(term.name);
    return names;
}

bool isTerm(Vocabulary vocabulary, const QString& name)
{
    return termNames(vocabulary).contains(name);
}

QString termLabel(Vocabulary vocabulary, const QString& name)
{
    for (const Term& term : termsOf(vocabulary)) {
        if (name == QLatin1String(term.name))
            return QCoreApplication::translate("amparo::Vocabulary", term.label);
    }
    return name;
}

QString requireTerm(Vocabulary vocabulary, const QString& fieldLabel, const QString& value)
{
    return validate::oneOf(fieldLabel, value, termNames(vocabulary));
}

QString requireTerms(Vocabulary vocabulary, const QString& fieldLabel, const QString& values)
{
    QStringList names;
    QString separated = values;
    separated.replace(QLatin1Char(';'), QLatin1Char(','));
    for (const QString& part : separated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QString name = requireTerm(vocabulary, fieldLabel, part);
        if (!names.contains(name))
            names << name;
    }
    return names.join(QLatin1Char(','));
}

} // namespace amparo
