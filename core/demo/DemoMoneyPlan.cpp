#include "demo/DemoMoneyPlan.h"

#include "demo/DemoGrantStory.h"
#include "demo/DemoMoneyTexts.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRates.h"
#include "demo/DemoWorld.h"

#include <algorithm>

namespace amparo {
namespace demo {
namespace {

constexpr qint64 kDay = 86400;
constexpr std::uint64_t kMoneyStream = 0x6A47;

const char* statusName(Ending ending)
{
    static constexpr const char* names[] = {"draft",     "submitted", "returned",   "rejected",
                                            "cancelled", "approved",  "disbursing", "disbursed",
                                            "justified", "closed"};
    return names[static_cast<int>(ending)];
}

struct Weighted
{
    Ending ending;
    int weight;
};

// Old grants are mostly closed; recent ones are still on their way.
Ending drawEnding(DemoRandom& random, qint64 ageInDays)
{
    using enum Ending;
    static constexpr Weighted old[] = {{Closed, 58},   {Justified, 8},  {Rejected, 9},
                                       {Cancelled, 8}, {Disbursed, 10}, {Disbursing, 4},
                                       {Returned, 1}};
    static constexpr Weighted recent[] = {{Closed, 25},     {Justified, 18}, {Disbursed, 22},
                                          {Disbursing, 10}, {Rejected, 9},   {Cancelled, 8},
                                          {Returned, 4},    {Approved, 4}};
    static constexpr Weighted fresh[] = {{Submitted, 14}, {Approved, 14}, {Disbursing, 24},
                                         {Disbursed, 18}, {Returned, 8},  {Rejected, 8},
                                         {Draft, 6},      {Cancelled, 5}, {Justified, 3}};
    const std::span<const Weighted> table = ageInDays > 365   ? std::span<const Weighted>(old)
                                            : ageInDays > 120 ? std::span<const Weighted>(recent)
                                                              : std::span<const Weighted>(fresh);
    int total = 0;
    for (const Weighted& w : table)
        total += w.weight;
    int roll = random.below(total);
    for (const Weighted& w : table) {
        if ((roll -= w.weight) < 0)
            return w.ending;
    }
    return table.front().ending;
}

// What each kind of help costs, in euros.
struct Cost
{
    const char* type;
    int lowest;
    int highest;
};
constexpr Cost kCosts[] = {{"legal", 600, 3500},
                           {"medical", 300, 2800},
                           {"psychosocial", 400, 2400},
                           {"relocation", 1200, 4500},
                           {"social", 200, 1500},
                           {"accompaniment", 500, 2500},
                           {"", 500, 2000}};

const Cost& costOf(const QString& type)
{
    for (const Cost& cost : kCosts) {
        if (type == QLatin1String(cost.type))
            return cost;
    }
    return kCosts[std::size(kCosts) - 1];
}

bool eligible(const DemoFund& fund, const GrantCandidate& c)
{
    if (!fund.programmes.isEmpty() && !fund.programmes.contains(c.programme))
        return false;
    return fund.assistanceTypes.isEmpty() || fund.assistanceTypes.contains(c.assistanceType);
}

// The grant's fund: the defenders' fund for what it pays for, the
// rehabilitation fund for half of the care, the urgent fund otherwise.
int chooseFund(const GrantCandidate& c, DemoRandom& random)
{
    const auto& funds = demoFunds();
    if (eligible(funds[1], c) && random.chance(0.75))
        return 1;
    if (eligible(funds[2], c) && random.chance(0.5))
        return 2;
    return 0;
}

std::vector<GrantLine> budget(DemoRandom& random, const QString& type, qint64 total,
                              const QString& currency)
{
    const Words names = budgetLines(type.toLatin1().constData());
    const qint64 step = wholeUnits(10, currency);
    int count = total >= 60 * step ? random.between(1, 3) : 1;
    std::vector<GrantLine> lines;
    qint64 left = total;
    for (int i = 0; i < count; ++i) {
        const bool last = i == count - 1;
        const qint64 share =
            last ? left
                 : std::clamp(
                       roundToTens(left * random.between(i == 0 ? 50 : 30, 80) / 100, currency),
                       step, left - step * (count - 1 - i));
        lines.push_back(
            {QString::fromUtf8(names[static_cast<std::size_t>(i) % names.size()]), share});
        left -= share;
    }
    return lines;
}

} // namespace

MoneyPlan planMoney(const DemoWorld& world)
{
    MoneyPlan plan;
    // Grants pay for assistance where there is some; a demo too small to
    // have any asks for cases instead.
    std::vector<const GrantCandidate*> candidates;
    for (const GrantCandidate& c : world.grantCandidates) {
        if (c.assistanceId)
            candidates.push_back(&c);
    }
    if (candidates.empty()) {
        for (const GrantCandidate& c : world.grantCandidates)
            candidates.push_back(&c);
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const GrantCandidate* a, const GrantCandidate* b) { return a->at < b->at; });
    if (!candidates.empty()) {
        const auto count = static_cast<std::size_t>(std::max(10, (world.summary.cases + 1) / 3));
        const std::size_t available = candidates.size();
        for (std::size_t i = 0; i < count; ++i) {
            PlannedGrant grant;
            grant.candidate = candidates[(2 * i + 1) * available / (2 * count)];
            plan.grants.push_back(grant);
        }
    }

    const std::size_t total = plan.grants.size();
    for (std::size_t i = 0; i < total; ++i) {
        PlannedGrant& grant = plan.grants[i];
        const GrantCandidate& c = *grant.candidate;
        DemoRandom random(DemoRandom::mix(DemoRandom::mix(world.seed, kMoneyStream), i));
        // The oldest and the newest grants show every state whatever chance
        // says; the sixth newest waits for its receipts.
        using enum Ending;
        constexpr Ending oldest[] = {Closed, Rejected, Cancelled, Justified};
        constexpr Ending newest[] = {Draft, Submitted, Returned, Approved, Disbursing, Disbursed};
        const std::size_t fromEnd = total - 1 - i;
        const Ending ending = i < std::size(oldest) ? oldest[i]
                              : fromEnd < std::size(newest)
                                  ? newest[fromEnd]
                                  : drawEnding(random, c.at.daysTo(world.end));
        grant.status = QString::fromLatin1(statusName(ending));
        grant.fund = chooseFund(c, random);
        const DemoFund& fund = demoFunds()[static_cast<std::size_t>(grant.fund)];
        const QString currency = QString::fromLatin1(fund.currency);
        const Cost& cost = costOf(c.assistanceType);
        const qint64 euros = qint64(random.between(cost.lowest, cost.highest)) * 100;
        const qint64 requested = std::min(
            roundToTens(euros * demoRate(QStringLiteral("EUR"), currency).mantissa / 10'000,
                        currency),
            fund.thresholdMinor);
        grant.lines = budget(random, c.assistanceType, requested, currency);
        grant.purpose = c.description.isEmpty()
                            ? QStringLiteral("Emergency support for the person and the family "
                                             "while the case is assessed.")
                            : c.description;
        grant.justification =
            random.word(grantJustifications(c.assistanceType.toLatin1().constData()));

        GrantStory story(grant, random,
                         c.secondCaseworker ? MoneyActor::SecondCaseworker
                                            : MoneyActor::FirstCaseworker,
                         currency, c.at.daysTo(world.end));
        story.tell(ending, i == 3, i == 0 || random.chance(0.15), fromEnd == 5,
                   i == 2 || random.chance(0.5));
        // Asked for within days of the assistance; acts squeezed before the end.
        QDateTime asked = c.at.addSecs(random.between(kDay, 3 * kDay));
        if (asked > world.end.addSecs(-3600))
            asked = std::max(c.at, world.end.addSecs(-3600));
        story.finish(asked, world.end, c.at);
    }
    planContributions(world, plan);
    return plan;
}

} // namespace demo
} // namespace amparo
