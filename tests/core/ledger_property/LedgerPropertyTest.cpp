#include "LedgerWorld.h"
#include "util/Error.h"

#include <catch2/catch.hpp>
#include <map>
#include <optional>

using amparo::Error;
using amparo::ErrorKind;
using amparo::test::LedgerSnapshot;
using amparo::test::LedgerStep;
using amparo::test::LedgerWorld;

namespace {

constexpr std::uint32_t kSequences = 25;
constexpr int kOperationsPerSequence = 120;

// The last few operations, for the failure message.
QString recentSteps(const QStringList& log)
{
    return log.mid(std::max<qsizetype>(0, log.size() - 8)).join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("random sequences of money operations keep the ledger sound and refusals leave no "
          "trace")
{
    std::map<QString, int> succeeded;
    for (std::uint32_t seed = 1; seed <= kSequences; ++seed) {
        CAPTURE(seed);
        LedgerWorld world(seed);
        QStringList log;
        bool sound = true;
        for (int index = 0; index < kOperationsPerSequence && sound; ++index) {
            world.passTime();
            const LedgerSnapshot before = world.snapshot();
            LedgerStep step;
            std::optional<Error> refusal;
            try {
                world.runRandomOperation(step);
            } catch (const Error& error) {
                refusal = error;
            }
            log << QStringLiteral("#%1 %2 -> %3")
                       .arg(index)
                       .arg(step.description.isEmpty()
                                ? QString(step.kind + QStringLiteral(": nothing to do"))
                                : step.description,
                            refusal ? refusal->message() : QStringLiteral("done"));
            INFO(recentSteps(log));

            if (refusal) {
                // A service refuses with a reason; the database's own
                // triggers and constraints are the last line, not the rule.
                const bool reasoned = refusal->kind() == ErrorKind::Invalid ||
                                      refusal->kind() == ErrorKind::Refused ||
                                      refusal->kind() == ErrorKind::NotFound;
                CHECK(reasoned);
                const bool untouched = world.snapshot() == before;
                CHECK(untouched);
                sound = reasoned && untouched;
            } else {
                CHECK_FALSE(step.mustBeRefused);
                sound = !step.mustBeRefused;
                if (!step.description.isEmpty())
                    ++succeeded[step.kind];
            }
            const QStringList violations = world.violations();
            INFO(violations.join(QLatin1Char('\n')));
            CHECK(violations.isEmpty());
            sound = sound && violations.isEmpty();
        }
        CHECK(world.auditProblem() == QString());
        CHECK(world.integrityCheck() == QStringLiteral("ok"));
    }

    // The sequences reach every kind of operation, not only their refusals.
    for (const QString& kind : LedgerWorld::operationKinds()) {
        if (kind == QLatin1String("postIntoLocked"))
            continue;
        CAPTURE(kind);
        CHECK(succeeded[kind] > 0);
    }
}
