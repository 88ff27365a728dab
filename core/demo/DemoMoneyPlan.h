#pragma once

#include "grants/Grant.h"
#include "money/Money.h"

#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace amparo {
namespace demo {

struct DemoWorld;
struct GrantCandidate;

// Who does an act of the money side: the four-eyes rules decide it.
enum class MoneyActor
{
    FirstCaseworker,
    SecondCaseworker,
    FundManager,
    Finance,
};

// A fund of the demo and the donors that give to it (indices into
// DemoOrganisations::donors, the lead donor first, each with its currency).
struct DemoFund
{
    const char* code;
    const char* name;
    const char* currency;
    qint64 thresholdMinor; // one approver below it; the demo stays below
    QStringList programmes;
    QStringList assistanceTypes;
    std::vector<std::pair<int, const char*>> donors;
    const char* notes;
};
const std::vector<DemoFund>& demoFunds();

struct PlannedContribution
{
    int fund = 0;
    int donor = 0; // index into DemoOrganisations::donors
    QDateTime at;
    qint64 amountMinor = 0;
    QString currency;
    std::optional<ExchangeRate> rate;
    QString reference;
};

// One act on a grant, in the order of the grant's story.
struct GrantStep
{
    enum class Kind
    {
        Request, // submitted at once unless `draft`
        Return,
        Update, // with `lines`
        Submit,
        Approve, // `amountMinor` when less than requested is approved
        Reject,
        Cancel,
        Pay,     // `amountMinor` of `currency` at `rate`
        Reverse, // the payment `payment`, typed twice by mistake
        Receipt, // for the payment `payment`
        Refund,  // `amountMinor` of `currency` at `rate`
        Finish,
        Justify,
        Close,
    };
    Kind kind = Kind::Request;
    QDateTime at;
    MoneyActor actor = MoneyActor::FirstCaseworker;
    QString text; // the comment, reason or note; a receipt's file name without extension
    qint64 amountMinor = 0;
    QString currency;
    std::optional<ExchangeRate> rate;
    int payment = -1; // the index of a Pay step among the grant's payments
    bool draft = false;
    bool photo = false; // a receipt photographed rather than scanned
    std::vector<GrantLine> lines;
};

struct PlannedGrant
{
    const GrantCandidate* candidate = nullptr;
    int fund = 0;
    QString purpose;
    QString justification;
    std::vector<GrantLine> lines;
    QString status;           // where the story ends: Vocabulary::GrantStatus
    qint64 approvedMinor = 0; // zero when never approved
    QDateTime approvedAt;
    std::vector<GrantStep> steps;
};

struct MoneyPlan
{
    std::vector<qint64> annualBudgetMinor;          // by fund
    std::vector<PlannedContribution> contributions; // oldest first
    std::vector<PlannedGrant> grants;               // by request time
};

// Donors' contributions at the start of each year of the history, enough
// for every approval of that year with room to spare; sets the funds'
// annual budgets (DemoFunds.cpp).
void planContributions(const DemoWorld& world, MoneyPlan& plan);

// The funds' years: donors, grants in every state, payments in the local
// currencies of the cases' countries with refunds, receipts, overdue
// receipts and one reversed payment, all before world.end. About one grant
// per three cases (at least one in each state, when any unrestricted case
// exists); contributions cover every approval with room to spare. Pure:
// the same world gives the same plan.
MoneyPlan planMoney(const DemoWorld& world);

} // namespace demo
} // namespace amparo
