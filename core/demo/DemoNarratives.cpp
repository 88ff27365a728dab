// The stories of cases, per programme: a title, how it began and what
// followed, told in plain, factual language as a caseworker writes it. Every
// event is invented. Placeholders: {Subject}/{subject} "a 34-year-old
// journalist", {occupation}, {city}, {date}, {place}, {perp}, {context},
// {Pronoun}/{pronoun}, {object}, {possessive}, {days}, {referrer}.

#include "demo/DemoCorpus.h"

#include <cstring>

namespace amparo {
namespace demo {
namespace {

constexpr Story kTorture[] = {
    {"torture", "Torture in police custody of a {occupation} in {city}",
     "{Subject} was arrested on {date} in {place} by {perp} {context}.",
     "{Pronoun} spent {days} days in custody without access to a lawyer and later described "
     "being beaten during interrogation and made to sign a statement {pronoun} could not read."},
    {"torture", "Arbitrary detention and torture of a {occupation} in {city}",
     "On {date}, {perp} detained {subject} at a checkpoint near {place} {context}.",
     "{Pronoun} described being held in a crowded cell, kept awake at night and threatened with "
     "harm to {possessive} family unless {pronoun} confessed."},
    {"ill_treatment", "Ill-treatment during interrogation of a {occupation} in {city}",
     "{Subject} was taken from home in {place} on {date} by {perp}, who showed no warrant.",
     "The family learned where {pronoun} had been taken only after {days} days; a doctor who saw "
     "{object} at the court hearing noted bruises on the arms and back."},
    {"torture", "Medical and legal support for a {occupation} tortured in {city}",
     "According to the family, {subject} was stopped in the street in {place} on {date} and "
     "taken away by {perp} {context}.",
     "During {days} days in detention {pronoun} received no medical care; after release the "
     "injuries matched {possessive} account of blows to the feet and back."},
    {"arbitrary_detention", "Arbitrary detention of a {occupation} in {city}",
     "{Subject} was arrested in {place} on {date} {context} and held for {days} days before "
     "seeing a judge.",
     "No charge was read out; the family was allowed one short visit, in the presence of guards."},
};
constexpr const char* kTortureRequests[] = {
    "{referrer} asks for support with medical treatment and a complaint to the prosecutor.",
    "{referrer} requests help with legal fees and psychological care for {object} and the family.",
    ("The person wishes to file a complaint; {referrer} asks for a lawyer and an independent "
     "medical examination."),
    "{referrer} follows the case locally and asks for urgent medical assistance."};
constexpr const char* kTortureContexts[] = {
    "after refusing to pay officers at a checkpoint",
    "during a wave of arrests after the elections",
    "after filing a complaint about a relative's death in custody",
    "a week after taking part in a peaceful protest",
    "during a night raid on the neighbourhood",
    "after an argument with a police officer at the market"};
constexpr const char* kTortureTypes[] = {"ill_treatment", "arbitrary_detention", "threats",
                                         "torture"};
constexpr const char* kTortureOccupations[] = {
    "street vendor", "student",        "construction worker", "taxi driver",
    "farmer",        "mechanic",       "day labourer",        "shop assistant",
    "musician",      "migrant worker", "university student",  "bus driver"};

constexpr Story kDefenders[] = {
    {"threats", "Threats against a {occupation} in {city}",
     "{Subject} received repeated threats from {date} onwards {context}.",
     "Messages warning {object} to stop {possessive} work were left at the office, and a car "
     "without plates stood outside {possessive} home for {days} days."},
    {"judicial_harassment", "Judicial harassment of a {occupation} in {city}",
     "On {date}, {subject} was summoned by the prosecutor in {place} and charged with spreading "
     "false information {context}.",
     "The charges carry a sentence of up to five years; the first hearing was postponed twice."},
    {"arbitrary_detention", "Arbitrary detention of a {occupation} in {city}",
     "{Subject} was arrested in {place} on {date} {context} and remains in pre-trial detention.",
     "The lawyer could see {object} only after {days} days, and the court refused bail without "
     "giving reasons."},
    {"surveillance", "Surveillance of a {occupation} and colleagues, {city}",
     "From {date}, {subject} and colleagues in {place} were followed by men in unmarked cars "
     "{context}.",
     "{Pronoun} reported it to the police, who opened no investigation; the office's computers "
     "were taken in a night-time burglary."},
    {"defamation", "Smear campaign against a {occupation} in {city}",
     "From {date}, {subject} was accused on social media and on a local television channel of "
     "working for foreign interests {context}.",
     "Photographs of {possessive} family were posted online with the home address; {pronoun} "
     "stopped going out at night."},
};
constexpr const char* kDefenderRequests[] = {
    "{referrer} asks for an urgent appeal and support for temporary relocation.",
    "{referrer} asks for trial observation and legal support.",
    "{referrer} requests a protective accompaniment visit and a letter to the authorities.",
    ("The defender asks the network to inform UN special procedures; {referrer} will follow up "
     "locally.")};
constexpr const char* kDefenderContexts[] = {
    "after speaking at a public hearing on a mining concession",
    "after posting videos of a police operation online",
    "after documenting evictions in the neighbourhood",
    "shortly after testifying in a trial against police officers",
    "after covering a demonstration for a community radio station",
    "after helping families search for disappeared relatives",
    "after organising a strike at a garment factory",
    "after meeting a visiting UN delegation"};
constexpr const char* kDefenderTypes[] = {"threats",      "judicial_harassment", "surveillance",
                                          "defamation",   "travel_ban",          "physical_attack",
                                          "asset_freeze", "arbitrary_detention"};
constexpr const char* kDefenderOccupations[] = {"journalist",
                                                "trade unionist",
                                                "human rights lawyer",
                                                "community leader",
                                                "environmental defender",
                                                "land rights activist",
                                                "indigenous leader",
                                                "LGBTI rights activist",
                                                "blogger",
                                                "student leader",
                                                "member of a victims' association",
                                                "women's rights activist"};

constexpr Story kChildren[] = {
    {"arbitrary_detention", "Detention of a {occupation} in {city}",
     "{Subject} was detained on {date} in {place} {context} and held together with adults.",
     "{Pronoun} spent {days} days in a police station before the family was told; no guardian or "
     "lawyer attended the questioning."},
    {"ill_treatment", "Ill-treatment of a {occupation} by police officers, {city}",
     "On {date}, {perp} took {subject} away in {place} {context}.",
     "The family says {pronoun} came home withdrawn, slept badly and refused to go back to "
     "school; there were marks of blows on the legs."},
    {"arbitrary_detention", "Child detained during a protest in {city}",
     "{Subject} was among the children rounded up by {perp} in {place} on {date} {context}.",
     "The children were kept overnight without food; the parents were told to pay a fine for "
     "their release."},
};
constexpr const char* kChildRequests[] = {
    "{referrer} asks for psychosocial support for the child and legal help for the family.",
    "{referrer} requests a letter to the juvenile prosecutor and help with school fees."};
constexpr const char* kChildContexts[] = {
    "during a protest outside the school", "while selling sweets near the bus station",
    "during a police raid in the neighbourhood", "while walking home from football practice"};
constexpr const char* kChildTypes[] = {"ill_treatment", "threats", "physical_attack"};
constexpr const char* kChildOccupations[] = {"secondary school pupil", "child street vendor",
                                             "apprentice", "schoolchild"};

constexpr Story kWomen[] = {
    {"sexual_violence", "Sexual violence in custody against a {occupation} in {city}",
     "{Subject} was detained on {date} in {place} by {perp} {context}.",
     "She described humiliating searches and sexual violence during {days} days of detention; she "
     "has not told her family and asks that they not be contacted."},
    {"threats", "Threats and violence against a {occupation} in {city}",
     "{Subject} reported that from {date} {perp} came to her home in {place} several times "
     "{context}.",
     "They threatened to take her children away; she lost her job and now cares for them alone."},
    {"ill_treatment", "Ill-treatment of a {occupation} in detention, {city}",
     "{Subject} was arrested on {date} in {place} {context} and held in a police station for "
     "{days} days.",
     "She was denied medicine and sanitary items and was insulted and pushed by guards; she still "
     "has back pain."},
};
constexpr const char* kWomenRequests[] = {
    "{referrer} asks for medical and psychological care with a female doctor, and legal advice "
    "on a complaint.",
    "{referrer} requests support for a temporary shelter while the risk is assessed."};
constexpr const char* kWomenContexts[] = {
    "a week after taking part in a peaceful protest",
    "after asking at the police station about her detained son",
    "after refusing to withdraw a complaint against a local official",
    "during a raid on the market where she sells"};
constexpr const char* kWomenTypes[] = {"ill_treatment", "threats", "arbitrary_detention",
                                       "physical_attack"};
constexpr const char* kWomenOccupations[] = {
    "market vendor", "domestic worker",         "nurse",
    "teacher",       "community health worker", "mother of a detained student"};

constexpr Story kEscr[] = {
    {"forced_eviction", "Forced eviction of a {occupation}'s family near {city}",
     "On {date}, {perp} evicted about forty families from land they had farmed for decades near "
     "{place}; {subject} was among them.",
     "Homes and crops were destroyed; the families live with relatives and received no "
     "compensation."},
    {"physical_attack", "Attack on a {occupation} opposing a mining project near {city}",
     "{Subject} led the community's opposition to a mining concession near {place}; on {date}, "
     "{perp} attacked {object} {context}.",
     "{Pronoun} needed stitches to the head; the police did not register the complaint."},
    {"judicial_harassment", "Criminalisation of a {occupation} defending water rights, {city}",
     "On {date}, {subject} was charged with obstructing public works in {place} {context}.",
     "The company that diverts the river is a party to the case; the hearings take place three "
     "hours away from the community."},
};
constexpr const char* kEscrRequests[] = {
    "{referrer} asks for legal support for the community's appeal and emergency subsistence for "
    "the families.",
    "{referrer} requests a public statement and a letter to the authorities."};
constexpr const char* kEscrContexts[] = {"after a community meeting about the new dam",
                                         "after blocking a road to stop the bulldozers",
                                         "after speaking at a public hearing on the concession"};
constexpr const char* kEscrTypes[] = {"threats", "judicial_harassment", "asset_freeze",
                                      "physical_attack"};
constexpr const char* kEscrOccupations[] = {"smallholder farmer", "indigenous community leader",
                                            "fisher", "water rights activist",
                                            "leader of a residents' association"};

constexpr Story kMechanisms[] = {
    {"enforced_disappearance", "Enforced disappearance of a {occupation} in {city}",
     "{Subject} has been missing since {date}, when {perp} took {object} away in {place} "
     "{context}.",
     "Habeas corpus petitions filed by the family were rejected; the family received anonymous "
     "calls telling them to stop searching."},
    {"arbitrary_detention", "Communication to UN mechanisms on the detention of a {occupation}",
     "{Subject} was detained in {place} on {date} {context}; the authorities denied holding "
     "{object} for {days} days.",
     "The detention was acknowledged only after a communication to the UN; no charge has been "
     "brought since."},
    {"extrajudicial_execution", "Killing of a {occupation} in {city}: follow-up with UN mechanisms",
     "{Subject} was shot dead in {place} on {date}; witnesses say {perp} fired without warning "
     "{context}.",
     "The family asks for an independent investigation; the official report speaks of an "
     "exchange of fire that no witness saw."},
};
constexpr const char* kMechanismRequests[] = {
    "{referrer} asks the network to submit the case to the UN Working Group on Enforced or "
    "Involuntary Disappearances.",
    "{referrer} asks for a follow-up communication to the Special Rapporteur and support for the "
    "family."};
constexpr const char* kMechanismContexts[] = {
    "during a military operation in the area", "after refusing to join an armed group",
    "after publishing an article on corruption", "during the dispersal of a peaceful protest"};
constexpr const char* kMechanismTypes[] = {"torture", "threats", "arbitrary_detention"};
constexpr const char* kMechanismOccupations[] = {
    "student", "farmer", "trade unionist", "journalist", "political activist", "teacher"};

constexpr ProgrammeTexts kProgrammes[] = {
    {"urgent_assistance", kTorture, kTortureRequests, kTortureContexts, kTortureTypes,
     kTortureOccupations},
    {"defenders", kDefenders, kDefenderRequests, kDefenderContexts, kDefenderTypes,
     kDefenderOccupations},
    {"children", kChildren, kChildRequests, kChildContexts, kChildTypes, kChildOccupations},
    {"women", kWomen, kWomenRequests, kWomenContexts, kWomenTypes, kWomenOccupations},
    {"escr", kEscr, kEscrRequests, kEscrContexts, kEscrTypes, kEscrOccupations},
    {"mechanisms", kMechanisms, kMechanismRequests, kMechanismContexts, kMechanismTypes,
     kMechanismOccupations},
};

} // namespace

const ProgrammeTexts& textsFor(const char* programme)
{
    for (const ProgrammeTexts& texts : kProgrammes) {
        if (std::strcmp(texts.programme, programme) == 0)
            return texts;
    }
    return kProgrammes[0];
}

} // namespace demo
} // namespace amparo
