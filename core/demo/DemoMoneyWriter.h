#pragma once

#include "db/Transaction.h"
#include "demo/DemoMoneyPlan.h"
#include "grants/Disbursement.h"

#include <optional>
#include <vector>

namespace amparo {

class Session;

namespace demo {

class DemoClock;
struct DemoWorld;

// The sessions the money side is written in, one per actor.
struct MoneySessions
{
    Session& admin; // creates the funds
    Session& firstCaseworker;
    Session& secondCaseworker;
    Session& fundManager;
    Session& finance;
};

// Writes a MoneyPlan through the real services, each act as the user the
// four-eyes rules want, at its time on the demo clock: the administrator
// creates the funds, finance records the contributions, then the grants'
// stories are told act by act.
//
// Every grant's first act is written in the order of time, so that grant
// references follow the dates; after that the n-th acts of all grants are
// written together, grouped by user, so that a few transactions hold them
// all (two sessions cannot write at once, and each commit is a disk sync).
// Nothing depends on the order between grants: every approval finds its
// year's contributions already recorded.
class DemoMoneyWriter
{
public:
    DemoMoneyWriter(const MoneySessions& sessions, DemoClock& clock, DemoWorld& world)
        : m_sessions(sessions), m_clock(clock), m_world(world)
    {}

    void write(const MoneyPlan& plan);

private:
    // A grant as written so far.
    struct Written
    {
        qint64 id = 0;
        QString reference;
        std::vector<Disbursement> payments;
    };

    Session& session(MoneyActor actor) const;
    // Commits what the previous actor wrote and begins writing as `actor`.
    void use(MoneyActor actor);
    void commit();
    void createFunds(const MoneyPlan& plan);
    void contribute(const PlannedContribution& contribution);
    void act(const PlannedGrant& grant, const GrantStep& step, Written& written);
    void addReceipt(const GrantStep& step, const Written& written);

    MoneySessions m_sessions;
    DemoClock& m_clock;
    DemoWorld& m_world;
    std::vector<qint64> m_fundIds;
    std::optional<db::Transaction> m_transaction;
    std::optional<MoneyActor> m_writing;
};

} // namespace demo
} // namespace amparo
