#include "domain/Vocabulary.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QLocale>
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
    Term{"victim", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Victim / survivor")},
    Term{"defender", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Human rights defender")},
    Term{"family", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Family member / dependant")},
    Term{"witness", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Witness")},
    Term{"lawyer", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Lawyer")},
    Term{"perpetrator", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Alleged perpetrator")},
};
constexpr Term kSexes[] = {
    Term{"female", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Female")},
    Term{"male", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Male")},
    Term{"other", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Other")},
    Term{"unknown", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Not known")},
};
constexpr Term kVulnerabilities[] = {
    Term{"child", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Child")},
    Term{"woman", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Woman")},
    Term{"lgbti", QT_TRANSLATE_NOOP("amparo::Vocabulary", "LGBTI")},
    Term{"disability", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Disability")},
    Term{"indigenous", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Indigenous")},
    Term{"detained", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Detained")},
    Term{"exile", QT_TRANSLATE_NOOP("amparo::Vocabulary", "In exile")},
};
constexpr Term kConsentPurposes[] = {
    Term{"case_management", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Case management")},
    Term{"partner_sharing",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Sharing with a partner organisation")},
    Term{"mechanisms",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Communication to UN and regional mechanisms")},
    Term{"urgent_appeal",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Publication in an urgent appeal")},
    Term{"media", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Media")},
};
constexpr Term kConsentStatuses[] = {
    Term{"given", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Given")},
    Term{"refused", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Refused")},
    Term{"withdrawn", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Withdrawn")},
};
constexpr Term kOrganisationKinds[] = {
    Term{"member", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Network member")},
    Term{"partner", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Partner NGO")},
    Term{"provider", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Service provider")},
    Term{"donor", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Donor")},
    Term{"authority", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Authority")},
    Term{"mechanism", QT_TRANSLATE_NOOP("amparo::Vocabulary", "UN or regional mechanism")},
};
constexpr Term kProgrammes[] = {
    Term{"urgent_assistance",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Urgent assistance to victims of torture")},
    Term{"defenders",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Protection of human rights defenders")},
    Term{"children", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Children's rights")},
    Term{"women", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Violence against women")},
    Term{"escr", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Economic, social and cultural rights")},
    Term{"mechanisms",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Monitoring of protection mechanisms")},
};
constexpr Term kPriorities[] = {
    Term{"low", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Low")},
    Term{"medium", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Medium")},
    Term{"high", QT_TRANSLATE_NOOP("amparo::Vocabulary", "High")},
    Term{"critical", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Critical")},
};
constexpr Term kCaseStatuses[] = {
    Term{"intake", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Intake")},
    Term{"assessment", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Assessment")},
    Term{"active", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Active")},
    Term{"monitoring", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Monitoring")},
    Term{"closed", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Closed")},
    Term{"referred", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Referred")},
    Term{"rejected", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Rejected")},
};
constexpr Term kViolationTypes[] = {
    Term{"torture", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Torture")},
    Term{"ill_treatment",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Cruel, inhuman or degrading treatment")},
    Term{"arbitrary_detention",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Arbitrary arrest or detention")},
    Term{"enforced_disappearance",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Enforced disappearance")},
    Term{"extrajudicial_execution",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Extrajudicial execution")},
    Term{"judicial_harassment", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Judicial harassment")},
    Term{"threats", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Threats and intimidation")},
    Term{"physical_attack", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Physical attack")},
    Term{"sexual_violence", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Sexual violence")},
    Term{"surveillance", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Surveillance")},
    Term{"travel_ban", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Travel ban")},
    Term{"defamation", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Defamation campaign")},
    Term{"asset_freeze", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Freezing of assets")},
    Term{"forced_eviction", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Forced eviction")},
};
constexpr Term kPerpetratorTypes[] = {
    Term{"police", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Police")},
    Term{"military", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Military")},
    Term{"prison_staff", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Prison staff")},
    Term{"intelligence", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Intelligence services")},
    Term{"judiciary", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Judiciary")},
    Term{"armed_group", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Non-state armed group")},
    Term{"private_actor", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Private actor")},
    Term{"other", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Other")},
};
constexpr Term kDatePrecisions[] = {
    Term{"day", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Exact date")},
    Term{"month", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Month only")},
    Term{"year", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Year only")},
    Term{"unknown", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Unknown date")},
};
constexpr Term kInterventionKinds[] = {
    Term{"urgent_appeal", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Urgent appeal")},
    Term{"urgent_appeal_follow_up",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Urgent appeal follow-up")},
    Term{"urgent_appeal_closing", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Closing urgent appeal")},
    Term{"statement", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Statement")},
    Term{"letter_authorities",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Letter to the authorities")},
    Term{"un_special_procedure",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Communication to a UN special procedure")},
    Term{"un_treaty_body",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Communication to a UN treaty body")},
    Term{"regional_commission",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Communication to a regional commission")},
    Term{"embassy", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Letter to an embassy")},
};
constexpr Term kAssistanceTypes[] = {
    Term{"legal", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Legal")},
    Term{"medical", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Medical")},
    Term{"psychosocial", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Psychosocial")},
    Term{"relocation", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Relocation")},
    Term{"social", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Social")},
    Term{"accompaniment",
         QT_TRANSLATE_NOOP("amparo::Vocabulary", "Protective accompaniment / solidarity visit")},
};
constexpr Term kAssistanceStatuses[] = {
    Term{"requested", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Requested")},
    Term{"approved", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Approved")},
    Term{"in_progress", QT_TRANSLATE_NOOP("amparo::Vocabulary", "In progress")},
    Term{"completed", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Completed")},
    Term{"cancelled", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Cancelled")},
};
constexpr Term kGrantStatuses[] = {
    Term{"draft", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Draft")},
    Term{"submitted", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Submitted")},
    Term{"approved", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Approved")},
    Term{"rejected", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Rejected")},
    Term{"returned", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Returned for changes")},
    Term{"disbursing", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Disbursing")},
    Term{"disbursed", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Disbursed")},
    Term{"justified", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Justified")},
    Term{"closed", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Closed")},
    Term{"cancelled", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Cancelled")},
};
constexpr Term kFindingKinds[] = {
    Term{"physical", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Physical")},
    Term{"psychological", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Psychological")},
};
constexpr Term kConsistencies[] = {
    Term{"not_consistent", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Not consistent")},
    Term{"consistent", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Consistent")},
    Term{"highly_consistent", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Highly consistent")},
    Term{"typical", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Typical of")},
    Term{"diagnostic", QT_TRANSLATE_NOOP("amparo::Vocabulary", "Diagnostic of")},
};

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
    case Vocabulary::GrantStatus:
        return kGrantStatuses;
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

const char* termSourceLabel(Vocabulary vocabulary, const QString& name)
{
    for (const Term& term : termsOf(vocabulary)) {
        if (name == QLatin1String(term.name))
            return term.label;
    }
    return nullptr;
}

QString termLabels(Vocabulary vocabulary, const QStringList& names)
{
    QStringList labels;
    for (const QString& name : names)
        labels << termLabel(vocabulary, name);
    return QLocale().createSeparatedList(labels);
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
