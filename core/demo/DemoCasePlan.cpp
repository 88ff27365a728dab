#include "demo/DemoCasePlan.h"

#include "demo/DemoRandom.h"

#include <algorithm>

namespace amparo {
namespace demo {
namespace {

using enum CaseOutcome;

struct Step
{
    const char* to;
    int minimumDays;
    int maximumDays;
};

std::vector<Step> stepsFor(DemoRandom& random, CaseOutcome outcome)
{
    const Step assess{"assessment", 1, 10};
    const Step activate{"active", 3, 30};
    const Step monitor{"monitoring", 60, 300};
    const Step close{"closed", 60, 400};
    const Step refer{"referred", 2, 30};
    const Step reject{"rejected", 1, 20};
    switch (outcome) {
    case Intake:
        return {};
    case Assessment:
        return {assess};
    case Active:
        return {assess, activate};
    case Monitoring:
        return {assess, activate, monitor};
    case Closed:
        return random.chance(0.5) ? std::vector<Step>{assess, activate, monitor, close}
                                  : std::vector<Step>{assess, activate, close};
    case Referred:
        switch (random.below(3)) {
        case 0:
            return {refer};
        case 1:
            return {assess, refer};
        default:
            return {assess, activate, refer};
        }
    case Rejected:
        return random.chance(0.3) ? std::vector<Step>{reject} : std::vector<Step>{assess, reject};
    case ReopenedAfterClosure:
        return {assess, activate, close, {"active", 30, 500}};
    case ReopenedAfterReferral:
        return {assess, refer, {"active", 20, 200}};
    case ReopenedAfterRejection:
        return {reject, {"assessment", 15, 300}, activate};
    }
    return {};
}

} // namespace

std::optional<QDateTime> CasePlan::firstActive() const
{
    for (const PlannedTransition& t : transitions) {
        if (t.to == QLatin1String("active"))
            return t.at;
    }
    return std::nullopt;
}

std::optional<QDateTime> CasePlan::lastClosed() const
{
    for (auto t = transitions.rbegin(); t != transitions.rend(); ++t) {
        if (t->to == QLatin1String("closed"))
            return t->at;
    }
    return std::nullopt;
}

QString CasePlan::finalStatus() const
{
    return transitions.empty() ? QStringLiteral("intake") : transitions.back().to;
}

CaseOutcome chooseOutcome(DemoRandom& random, qint64 ageInDays, std::optional<CaseOutcome> forced)
{
    if (forced)
        return *forced;
    const int roll = random.below(100);
    if (ageInDays < 30) {
        if (roll < 50)
            return Intake;
        if (roll < 85)
            return Assessment;
        return roll < 95 ? Rejected : Referred;
    }
    if (ageInDays < 180) {
        constexpr std::pair<int, CaseOutcome> table[] = {
            {15, Assessment}, {60, Active}, {70, Monitoring}, {80, Rejected}, {90, Referred}};
        for (const auto& [limit, outcome] : table) {
            if (roll < limit)
                return outcome;
        }
        return Closed;
    }
    constexpr std::pair<int, CaseOutcome> table[] = {{18, Active},
                                                     {36, Monitoring},
                                                     {76, Closed},
                                                     {81, Referred},
                                                     {87, Rejected},
                                                     {93, ReopenedAfterClosure},
                                                     {96, ReopenedAfterReferral}};
    for (const auto& [limit, outcome] : table) {
        if (roll < limit)
            return outcome;
    }
    return ReopenedAfterRejection;
}

CasePlan planCase(DemoRandom& random, const QDateTime& opened, const QDateTime& end,
                  CaseOutcome outcome)
{
    CasePlan plan;
    plan.opened = opened;
    const std::vector<Step> steps = stepsFor(random, outcome);
    std::vector<qint64> gaps; // seconds
    qint64 total = 0;
    for (const Step& step : steps) {
        const qint64 gap = qint64(random.between(step.minimumDays, step.maximumDays)) * 86400 +
                           random.between(0, 8 * 3600);
        gaps.push_back(gap);
        total += gap;
    }
    // A history longer than the time left is compressed, never cut short:
    // the outcome was chosen, and the demo must show it.
    const qint64 available = std::max<qint64>(opened.secsTo(end) - 3600, 60);
    const double scale = total > available ? double(available) / double(total) : 1.0;
    QDateTime at = opened;
    QString from = QStringLiteral("intake");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        at = at.addSecs(std::max<qint64>(60, qint64(double(gaps[i]) * scale)));
        const QString to = QString::fromLatin1(steps[i].to);
        plan.transitions.push_back({at, from, to});
        from = to;
    }
    return plan;
}

} // namespace demo
} // namespace amparo
