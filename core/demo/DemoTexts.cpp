// What the records of a case say: consequences of violations, medical
// findings, answers to appeals, assistance given, consent and follow-ups.

#include "demo/DemoCorpus.h"

#include <cstring>

namespace amparo {
namespace demo {
namespace {

struct Keyed
{
    const char* key;
    Words words;
};

Words find(std::span<const Keyed> table, const char* key)
{
    for (const Keyed& entry : table) {
        if (std::strcmp(entry.key, key) == 0)
            return entry.words;
    }
    return table.back().words;
}

constexpr const char* kPhysicalHarm[] = {
    "Bruising on the back and legs; pain when walking for several weeks.",
    "Headaches and poor sleep since the events; lost work for two months.",
    "A broken rib and damage to one ear; still under treatment.",
    "Persistent back pain and anxiety when seeing uniforms."};
constexpr const char* kDetention[] = {
    "Lost work during the detention; the family borrowed to pay for food.",
    "Missed the university exams; the family travelled every week to bring food.",
    "Separated from young children for the whole period of detention."};
constexpr const char* kThreats[] = {
    "Stopped going out at night and moved the children to relatives.",
    "Suspended the organisation's public activities for three months.",
    "Changed telephone and address; constant fear for the family."};
constexpr const char* kLegal[] = {
    "Legal costs and travel to hearings in the capital; reputation damaged.",
    "Bank accounts blocked; unable to pay the office rent or staff.",
    "Cannot travel to attend a UN session to which the person was invited."};
constexpr const char* kLoss[] = {
    "The family lost its home and harvest and lives with relatives.",
    "The family does not know where the person is; the children have left school.",
    "The family received no body and no information about the circumstances."};

constexpr Keyed kConsequences[] = {{"torture", kPhysicalHarm},
                                   {"ill_treatment", kPhysicalHarm},
                                   {"physical_attack", kPhysicalHarm},
                                   {"sexual_violence", kPhysicalHarm},
                                   {"arbitrary_detention", kDetention},
                                   {"threats", kThreats},
                                   {"surveillance", kThreats},
                                   {"defamation", kThreats},
                                   {"judicial_harassment", kLegal},
                                   {"asset_freeze", kLegal},
                                   {"travel_ban", kLegal},
                                   {"forced_eviction", kLoss},
                                   {"enforced_disappearance", kLoss},
                                   {"extrajudicial_execution", kLoss}};

constexpr const char* kExaminers[] = {
    "Forensic physician, {centre}", "General practitioner, {centre}",
    "Clinical psychologist, {centre}", "Psychiatrist, {centre}", "Medical team of {centre}"};

constexpr const char* kPhysicalFindings[] = {
    "Linear scars on the back, 3 to 8 cm long, healed.",
    "Tenderness and reduced movement of the left shoulder.",
    "Healed fracture of the fifth rib on the right side (X-ray).",
    "Hyperpigmented marks on both wrists consistent with tight restraints.",
    "Pain on walking and thickened skin on the soles of the feet.",
    "Perforated left eardrum with partial hearing loss."};
constexpr const char* kPsychologicalFindings[] = {
    "Symptoms of post-traumatic stress: intrusive memories, nightmares, avoidance.",
    "Moderate depressive episode; loss of appetite and of interest in daily life.",
    "Marked anxiety when speaking of the detention; startles at noises.",
    "Difficulty concentrating and memory gaps about the days in custody."};

constexpr Keyed kFindings[] = {{"physical", kPhysicalFindings},
                               {"psychological", kPsychologicalFindings}};

constexpr const char* kResponses[] = {
    "The ministry replied that an internal inquiry was opened.",
    "The authorities stated that the person was detained lawfully and is in good health.",
    "The prosecutor's office acknowledged receipt and asked for the medical report.",
    "The government's reply says the allegations are unfounded.",
    "The mechanism registered the communication and transmitted it to the government."};
constexpr const char* kOutcomes[] = {"The person was released two days after the appeal.",
                                     "Access to a lawyer and to the family granted.",
                                     "No change so far; follow-up planned.",
                                     "The officers concerned were suspended pending the inquiry.",
                                     "The case is cited in the mechanism's public report."};

constexpr const char* kLegalHelp[] = {
    "Lawyer's fees for the defence at first instance.",
    "Trial observation by a lawyer from a partner organisation.",
    "Support with the asylum application and the appeal against refoulement.",
    "Preparation and filing of a criminal complaint for torture."};
constexpr const char* kMedicalHelp[] = {
    "Physiotherapy for back and shoulder injuries, ten sessions.",
    "Specialist consultation and hearing aid.", "Transfer to a specialised centre for surgery.",
    "Medication and follow-up visits for six months."};
constexpr const char* kPsychosocialHelp[] = {
    "Individual counselling with a psychologist, twelve sessions.",
    "Stress management sessions for the defender and the team.",
    "Family counselling after the release."};
constexpr const char* kRelocationHelp[] = {
    "Temporary relocation within the country for three months.",
    "Evacuation and subsistence in a host country for the person and two dependants.",
    "Rent and subsistence during temporary relocation; return plan to be agreed."};
constexpr const char* kSocialHelp[] = {"Subsistence for the family for three months.",
                                       "Essential needs: food, rent and school fees.",
                                       "Support to restart a small business after the release."};
constexpr const char* kAccompanimentHelp[] = {"Solidarity visit by a delegation of the network.",
                                              "Protective accompaniment to the court hearings.",
                                              "Visit to the prison with the person's lawyer."};

constexpr Keyed kAssistance[] = {{"legal", kLegalHelp},
                                 {"medical", kMedicalHelp},
                                 {"psychosocial", kPsychosocialHelp},
                                 {"relocation", kRelocationHelp},
                                 {"social", kSocialHelp},
                                 {"accompaniment", kAccompanimentHelp}};

constexpr const char* kAssistanceDone[] = {
    "Completed as planned; receipts filed.", "The person reports feeling better and safer.",
    "Completed; the lawyer's report is attached to the case.",
    "Objective reached; follow-up by the member organisation."};
constexpr Keyed kAssistanceOutcomes[] = {{"any", kAssistanceDone}};

constexpr const char* kCancellations[] = {"The person left the country before the support started.",
                                          "Covered by another organisation.",
                                          "The person no longer wished to pursue it.",
                                          "Provider unavailable; replaced by another request."};

constexpr const char* kConsentMethods[] = {
    "Signed form, collected by the member organisation.",
    "Verbal, by telephone with an interpreter; noted by the caseworker.",
    "Verbal, witnessed by the lawyer during a prison visit.",
    "Signed form sent as a photograph through a secure messenger.",
    "Given by a parent on behalf of the child, signed form."};

constexpr const char* kTaskTitles[] = {"Call to check on the medical follow-up",
                                       "Ask the lawyer for the date of the next hearing",
                                       "Send a follow-up appeal if there is no reply",
                                       "Collect receipts for the support paid",
                                       "Renew the consent for sharing with the partner",
                                       "Review the risk assessment",
                                       "Update the member organisation on the case",
                                       "Check that the family received the transfer"};

constexpr const char* kPersonNotes[] = {"Contact only through the member organisation.",
                                        "Prefers calls in the evening.", "Needs an interpreter.",
                                        "Do not send letters to the home address.", ""};

constexpr const char* kRisks[] = {
    "High: threats increased after the trial date was set; lives alone with two children.",
    "Medium: known to the local police; no incident since the release.",
    "High: the defender's address was published online; relocation being considered.",
    "Critical: detained again briefly last month; family under surveillance.",
    "Low: has moved to another city and works with a protection network."};

} // namespace

Words riskAssessments()
{
    return kRisks;
}

Words consequences(const char* violationType)
{
    return find(kConsequences, violationType);
}

Words examiners()
{
    return kExaminers;
}

Words findings(const char* kind)
{
    return find(kFindings, kind);
}

Words interventionResponses()
{
    return kResponses;
}

Words interventionOutcomes()
{
    return kOutcomes;
}

Words assistanceDescriptions(const char* type)
{
    return find(kAssistance, type);
}

Words assistanceOutcomes(const char* /*type*/)
{
    return kAssistanceOutcomes[0].words;
}

Words cancellationNotes()
{
    return kCancellations;
}

Words consentMethods()
{
    return kConsentMethods;
}

Words taskTitles()
{
    return kTaskTitles;
}

Words personNotes()
{
    return kPersonNotes;
}

} // namespace demo
} // namespace amparo
