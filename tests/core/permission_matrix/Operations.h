#pragma once

#include "MatrixWorld.h"

#include <QString>
#include <functional>
#include <utility>
#include <vector>

namespace amparo {
namespace test {

// What an operation is prepared for. The defaults give the plain case: other
// people did whatever came before, and the actor is neither assigned to the
// case nor the owner of the record.
struct Setup
{
    MatrixWorld& world;
    Session& actor;
    // Separation of duties: the actor did the other half of the act.
    bool actorDidOtherHalf = false;
    // Need-to-know: the actor is assigned to the case, or owns the task.
    bool actorEntitled = false;
};

using Act = std::function<void()>;

// One row of the matrix: `prepare` writes what the act needs (as other
// people, so that it is not counted against the actor) and returns the act,
// performed by setup.actor.
struct Operation
{
    Operation(QString name, std::function<Act(Setup&)> prepare, QString sameActor = {},
              bool rekeys = false)
        : name(std::move(name)), prepare(std::move(prepare)), sameActor(std::move(sameActor)),
          rekeys(rekeys)
    {}

    QString name;
    std::function<Act(Setup&)> prepare;
    // For SoD rows: who does both halves (someone holding both roles).
    QString sameActor;
    // The act re-keys the vault, so the other sessions must be reopened.
    bool rekeys;
};

std::vector<Operation> administrationOperations();
std::vector<Operation> caseOperations();
std::vector<Operation> caseRecordOperations();
std::vector<Operation> grantOperations();
std::vector<Operation> ledgerOperations();

} // namespace test
} // namespace amparo
