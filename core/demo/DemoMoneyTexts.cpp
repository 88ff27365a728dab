#include "demo/DemoMoneyTexts.h"

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

constexpr const char* kLegalWhy[] = {
    "The hearing is set for next month and the family cannot pay a lawyer; the member "
    "organisation's lawyer has agreed to take the case at a reduced fee.",
    "Without a defence lawyer the person risks a long sentence on charges the member "
    "organisation considers retaliation for their work."};
constexpr const char* kMedicalWhy[] = {
    "The injuries documented in the medical report need treatment that the public hospital "
    "cannot provide in time.",
    "The person has no health insurance since the release; the clinic's estimate is attached."};
constexpr const char* kPsychosocialWhy[] = {
    "Symptoms of trauma persist months after the events; the rehabilitation centre recommends "
    "regular sessions.",
    "The family has been under severe stress since the arrest; counselling is their first "
    "request."};
constexpr const char* kRelocationWhy[] = {
    "Threats increased after the public statement; the risk assessment recommends leaving the "
    "city for some months.",
    "The person's address was published online; the partners advise temporary relocation."};
constexpr const char* kSocialWhy[] = {
    "The person was the family's only income; since the dismissal the family cannot pay rent.",
    "Basic needs are not met while the person is detained; the children risk leaving school."};
constexpr const char* kAccompanimentWhy[] = {
    "An international presence at the hearings has reduced harassment in similar cases.",
    "The partners ask for a visible visit to show that the case is followed."};
constexpr const char* kGeneralWhy[] = {
    "Urgent needs identified with the member organisation during the first interview.",
    "The member organisation has no other source for this support; estimate attached."};
constexpr Keyed kWhy[] = {{"legal", kLegalWhy},
                          {"medical", kMedicalWhy},
                          {"psychosocial", kPsychosocialWhy},
                          {"relocation", kRelocationWhy},
                          {"social", kSocialWhy},
                          {"accompaniment", kAccompanimentWhy},
                          {"", kGeneralWhy}};

constexpr const char* kLegalLines[] = {"Lawyer's fees", "Court fees and certified copies",
                                       "Travel of the lawyer to the hearings",
                                       "Translation of documents"};
constexpr const char* kMedicalLines[] = {"Treatment at the clinic", "Medicines",
                                         "X-rays and laboratory tests",
                                         "Transport to the appointments"};
constexpr const char* kPsychosocialLines[] = {"Therapy sessions", "Transport to the sessions",
                                              "Interpreter for the sessions", "Family sessions"};
constexpr const char* kRelocationLines[] = {"Rent of a safe place", "Travel of the family",
                                            "Subsistence during the relocation",
                                            "Communication costs"};
constexpr const char* kSocialLines[] = {"Subsistence", "Rent", "School fees of the children",
                                        "Food parcels"};
constexpr const char* kAccompanimentLines[] = {"Travel of the delegation",
                                               "Lodging and meals of the delegation",
                                               "Interpretation", "Local transport"};
constexpr const char* kGeneralLines[] = {"Emergency support", "Transport", "Communication costs",
                                         "Documents and copies"};
constexpr Keyed kLines[] = {{"legal", kLegalLines},
                            {"medical", kMedicalLines},
                            {"psychosocial", kPsychosocialLines},
                            {"relocation", kRelocationLines},
                            {"social", kSocialLines},
                            {"accompaniment", kAccompanimentLines},
                            {"", kGeneralLines}};

constexpr const char* kApprovals[] = {"",
                                      "",
                                      "Within the fund's priorities.",
                                      "Approved; receipts within 60 days, please.",
                                      "Urgent: please pay this week.",
                                      "Consistent with the risk assessment."};
constexpr const char* kReductions[] = {
    "Approved without the travel costs, which the member organisation covers.",
    "Approved at the usual rate for this country.",
    "Approved for three months; a new request can follow if needed."};
constexpr const char* kRejections[] = {
    "Outside the fund's mandate: the request concerns a civil dispute.",
    "Already covered by another donor, according to the member organisation.",
    "The fund cannot pay for the same need twice; see the earlier grant for this case.",
    "Not enough information to link the need to the violation; a new request is welcome."};
constexpr const char* kReturns[] = {
    "Please attach the lawyer's estimate.",
    "Please split the costs by month and confirm the number of people.",
    "The amount seems high for the country; please check it with the member organisation.",
    "Please say who receives the payment and how."};
constexpr const char* kWithdrawals[] = {"The person left the country before the support started.",
                                        "Covered by another organisation in the meantime.",
                                        "Requested twice by mistake; the other request stands."};
constexpr const char* kCancellations[] = {
    "The person was released and no longer needs the support.",
    "The provider closed; a new request will follow with another one.",
    "The person decided not to go ahead; nothing was spent."};
constexpr const char* kJustified[] = {"", "All receipts checked against the bank statements.",
                                      "Receipts complete; the member's report is in the case."};
constexpr const char* kClosings[] = {"", "", "Closed after the annual review.",
                                     "Support completed; see the member's report."};
constexpr const char* kPayments[] = {
    "Bank transfer to {payee}.", "Transfer to the member organisation, which pays {payee}.",
    "Paid to {payee} against the invoice.", "Cash advance through the member organisation."};
constexpr const char* kMobilePayments[] = {"Mobile money transfer to {payee}.",
                                           "Money transfer service; code sent to {payee}."};
constexpr const char* kRefunds[] = {"Unspent balance returned by the member organisation.",
                                    "The clinic's final invoice was lower than the estimate.",
                                    "Part of the rent returned when the relocation ended early."};
constexpr const char* kUnderspends[] = {
    "Last payment made; the rest of the grant was not needed.",
    "The final invoice was lower than the estimate; the rest returns to the fund."};

} // namespace

Words grantJustifications(const char* type)
{
    return find(kWhy, type);
}

Words budgetLines(const char* type)
{
    return find(kLines, type);
}

Words approvalComments()
{
    return kApprovals;
}

Words reductionComments()
{
    return kReductions;
}

Words rejectionReasons()
{
    return kRejections;
}

Words returnReasons()
{
    return kReturns;
}

Words withdrawalReasons()
{
    return kWithdrawals;
}

Words cancellationReasons()
{
    return kCancellations;
}

Words justificationComments()
{
    return kJustified;
}

Words closingComments()
{
    return kClosings;
}

Words paymentNotes()
{
    return kPayments;
}

Words mobilePaymentNotes()
{
    return kMobilePayments;
}

Words refundNotes()
{
    return kRefunds;
}

Words underspendNotes()
{
    return kUnderspends;
}

} // namespace demo
} // namespace amparo
