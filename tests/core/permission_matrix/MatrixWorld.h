#pragma once

#include "DomainFixture.h"

#include <map>
#include <memory>

namespace amparo {
namespace test {

// The stage of the whole walk: the people of DomainFixture plus two who hold
// two roles (gil: caseworker and fund manager; hana: fund manager and
// finance), the only way one person can do both halves of a four-eyes act;
// everyone's session open; a case of bea's with a victim, and fund UAF in
// EUR (threshold 5,000.00) with money enough for every approval of the walk.
// Each operation prepares its own fresh records, so no cell depends on another.
struct MatrixWorld
{
    MatrixWorld();

    Session& as(const QString& login);
    qint64 idOf(const QString& login) { return as(login).user().id; }
    // After an act that re-keys the vault, the other sessions hold the old key.
    void reopenSessions();

    // A case opened by `caseworker`, restricted when asked, with one victim.
    qint64 newCase(Session& caseworker, bool restricted = false);
    qint64 newPerson(Session& caseworker, qint64 caseId);
    // A restricted case opened by carlos; `reader` is assigned to it when asked.
    qint64 restrictedCase(Session& reader, bool assignReader);

    // Grants of fund UAF, asked by `requester` (bea when null) on `caseId`
    // (the world's case when 0), brought to the state their name says.
    qint64 submittedGrant(qint64 minor = 100'00, Session* requester = nullptr, qint64 caseId = 0);
    qint64 approvedGrant(qint64 minor = 100'00, Session* approver = nullptr,
                         Session* requester = nullptr, qint64 caseId = 0);
    // Paid in part by farid: disbursing.
    qint64 disbursingGrant(Session* approver = nullptr);
    // Paid in full by farid, the payment's id in `paymentId`.
    qint64 disbursedGrant(qint64* paymentId = nullptr, Session* approver = nullptr);
    qint64 justifiedGrant();
    qint64 contributionTransaction();

    DomainFixture fixture;
    std::map<QString, std::unique_ptr<Session>> sessions;
    qint64 caseId = 0;
    qint64 victimId = 0;
    qint64 fundId = 0;
};

} // namespace test
} // namespace amparo
