// Who did it, and why a case moved from one status to another.

#include "demo/DemoCorpus.h"

#include <cstring>
#include <string>

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
    return table.front().words;
}

constexpr const char* kPolice[] = {"officers of the municipal police",
                                   "plain-clothes police officers", "members of the riot police",
                                   "officers of the criminal investigation unit"};
constexpr const char* kMilitary[] = {"soldiers of a local army battalion",
                                     "members of the armed forces", "a military patrol"};
constexpr const char* kPrison[] = {"guards of the provincial prison",
                                   "staff of the pre-trial detention centre"};
constexpr const char* kIntelligence[] = {"men who said they were from the intelligence services",
                                         "agents of the state security service"};
constexpr const char* kJudiciary[] = {"officers acting on a prosecutor's order",
                                      "bailiffs of the district court"};
constexpr const char* kArmedGroup[] = {"members of an armed group controlling the area",
                                       "men belonging to a local militia"};
constexpr const char* kPrivate[] = {"private security guards of a mining company",
                                    "men hired by a local landowner"};
constexpr const char* kOther[] = {"unidentified men in plain clothes", "men in an unmarked car"};

constexpr Keyed kPhrases[] = {{"police", kPolice},         {"military", kMilitary},
                              {"prison_staff", kPrison},   {"intelligence", kIntelligence},
                              {"judiciary", kJudiciary},   {"armed_group", kArmedGroup},
                              {"private_actor", kPrivate}, {"other", kOther}};

constexpr const char* kPoliceUnits[] = {"Unidentified officers of police station No. {n}",
                                        "Duty officer, police station No. {n}", "Inspector {name}",
                                        "Sergeant {name}"};
constexpr const char* kMilitaryUnits[] = {"Unidentified soldiers of battalion {n}",
                                          "Captain {name}", "Major {name}"};
constexpr const char* kPrisonUnits[] = {"Night-shift guards, prison No. {n}", "Warden {name}"};
constexpr const char* kIntelligenceUnits[] = {"Unidentified state security agents",
                                              "Interrogator known as \"the doctor\""};
constexpr const char* kJudiciaryUnits[] = {"Investigating judge, district court No. {n}",
                                           "Prosecutor {name}"};
constexpr const char* kArmedUnits[] = {"Unidentified members of an armed group",
                                       "Local commander known as {name}"};
constexpr const char* kPrivateUnits[] = {"Security guards of a mining company", "Landowner {name}"};
constexpr const char* kOtherUnits[] = {"Unidentified men in plain clothes"};

constexpr Keyed kUnits[] = {{"police", kPoliceUnits},         {"military", kMilitaryUnits},
                            {"prison_staff", kPrisonUnits},   {"intelligence", kIntelligenceUnits},
                            {"judiciary", kJudiciaryUnits},   {"armed_group", kArmedUnits},
                            {"private_actor", kPrivateUnits}, {"other", kOtherUnits}};

constexpr const char* kToAssessment[] = {
    "First interview held; documents requested from the member organisation.",
    "Information checked with the referring member; assessment started.",
    "Consent for case management obtained; assessment started."};
constexpr const char* kToActive[] = {
    "Meets the criteria of the programme; support agreed with the person.",
    "Risk confirmed by two independent sources; case opened for assistance.",
    "Medical report received; assistance plan agreed."};
constexpr const char* kToMonitoring[] = {
    "Immediate needs covered; follow-up calls every three months.",
    "The person is safe for now; monitoring until the trial ends.",
    "Treatment under way with the partner centre; monitoring progress."};
constexpr const char* kBackToActive[] = {
    "New threats reported by the member organisation; support resumed.",
    "The hearing was brought forward; legal support needed again."};
constexpr const char* kToClosed[] = {
    "Objectives reached; the person no longer needs support.",
    "The person asked to close the file after returning home safely.",
    "Charges dropped and the person released; case closed.",
    "Treatment completed and the family is stable; case closed."};
constexpr const char* kToReferred[] = {
    "Referred to a partner better placed to assist locally.",
    "Referred to a rehabilitation centre in the region, which takes over the follow-up.",
    "Referred to the Observatory partner for protection measures."};
constexpr const char* kToRejected[] = {
    "Outside the mandate of the programme (no involvement of state agents).",
    "The information could not be verified after three attempts.",
    "The person declined support after the first interview.", "Duplicate of an existing case."};
constexpr const char* kReopenClosed[] = {
    "Reopened: the person was detained again.",
    "Reopened: a trial date was set and legal support is needed.",
    "Reopened: the after-effects of the torture call for further treatment."};
constexpr const char* kReopenReferred[] = {
    "The partner could not take the case; reopened here.",
    "The rehabilitation centre closed its programme; reopened."};
constexpr const char* kReopenRejected[] = {
    "New information from the member organisation; assessment reopened.",
    "Involvement of police officers now documented; reassessed."};

constexpr Keyed kReasons[] = {
    {"intake>assessment", kToAssessment}, {"assessment>active", kToActive},
    {"active>monitoring", kToMonitoring}, {"monitoring>active", kBackToActive},
    {"active>closed", kToClosed},         {"monitoring>closed", kToClosed},
    {"intake>referred", kToReferred},     {"assessment>referred", kToReferred},
    {"active>referred", kToReferred},     {"intake>rejected", kToRejected},
    {"assessment>rejected", kToRejected}, {"closed>active", kReopenClosed},
    {"referred>active", kReopenReferred}, {"rejected>assessment", kReopenRejected}};

} // namespace

Words perpetratorPhrases(const char* type)
{
    return find(kPhrases, type);
}

Words perpetratorUnits(const char* type)
{
    return find(kUnits, type);
}

Words transitionReasons(const char* from, const char* to)
{
    const std::string key = std::string(from) + '>' + to;
    return find(kReasons, key.c_str());
}

} // namespace demo
} // namespace amparo
