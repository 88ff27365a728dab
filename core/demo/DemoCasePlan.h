#pragma once

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {
namespace demo {

class DemoRandom;

// Where a case's history ends up. Every status of the workflow, and the
// three ways of reopening a case, are outcomes.
enum class CaseOutcome
{
    Intake,
    Assessment,
    Active,
    Monitoring,
    Closed,
    Referred,
    Rejected,
    ReopenedAfterClosure,
    ReopenedAfterReferral,
    ReopenedAfterRejection,
};

struct PlannedTransition
{
    QDateTime at;
    QString from;
    QString to;
};

// The status history of one case, opened at `opened`, every step before `end`.
struct CasePlan
{
    QDateTime opened;
    std::vector<PlannedTransition> transitions;

    // When the case first became active, and when it was last closed, if ever.
    std::optional<QDateTime> firstActive() const;
    std::optional<QDateTime> lastClosed() const;
    QString finalStatus() const;
};

// An outcome that fits the case's age: young cases are still at intake,
// old ones mostly closed. `forced` wins when given.
CaseOutcome chooseOutcome(DemoRandom& random, qint64 ageInDays, std::optional<CaseOutcome> forced);

// Steps with plausible durations (days to months), squeezed to fit before `end`.
CasePlan planCase(DemoRandom& random, const QDateTime& opened, const QDateTime& end,
                  CaseOutcome outcome);

} // namespace demo
} // namespace amparo
