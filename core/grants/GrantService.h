#pragma once

#include "grants/Grant.h"

#include <vector>

namespace amparo {

class Session;

// Grants from request to close. Caseworkers request; fund managers other
// than the requester approve, reject or return (two distinct approvers above
// the fund's threshold); the approval commits the fund in the ledger and is
// refused when the fund has not that much available, unless an
// administrator authorised the over-commitment in writing. Payments are the
// DisbursementService's.
//
// Who sees a grant: everyone who reads the ledger sees every grant;
// caseworkers see the grants of the cases they may see.
class GrantService
{
public:
    explicit GrantService(Session& session) : m_session(session) {}

    Grant request(const GrantRequest& input);
    // Drafts and returned requests only, by a caseworker.
    void updateRequest(qint64 grantId, const GrantRequest& changed);
    void submit(qint64 grantId);

    // `amount` (the fund's currency, at most the requested amount) defaults
    // to the requested amount.
    void approve(qint64 grantId, const std::optional<qint64>& amount, const QString& comment);
    // Why the current user may not approve this grant now (not a fund
    // manager, their own request, they gave the first of two approvals, the
    // grant not awaiting approval); empty when they may. The amount and the
    // fund's balance are checked by approve() itself.
    std::optional<QString> approvalRefusal(qint64 grantId) const;
    void reject(qint64 grantId, const QString& comment);
    void returnForChanges(qint64 grantId, const QString& comment);
    // Releases what is still committed; the reason is required.
    void cancel(qint64 grantId, const QString& reason);
    // Justified grants, by a fund manager; releases anything left committed.
    void close(qint64 grantId, const QString& comment);
    // An administrator allows the next approval to commit more than the
    // fund has available; the written reason goes into the audit trail.
    void authoriseOvercommit(qint64 grantId, const QString& reason);

    Grant get(qint64 grantId) const;
    // By id ("42") or reference ("GR-2026-00042").
    Grant find(const QString& idOrReference) const;
    // Newest first.
    std::vector<Grant> list(const GrantFilter& filter = {}) const;
    std::vector<GrantEvent> history(qint64 grantId) const;

    // For the DisbursementService: records a change of state with its event
    // and audit entry, inside the caller's transaction.
    void recordTransition(const Grant& grant, const QString& to, const QString& comment);
    // Posts the release of what is still committed (nothing when nothing is).
    void releaseCommitment(const Grant& grant, const QString& why);

private:
    GrantRequest validated(const GrantRequest& input) const;
    // Readers of the ledger see every grant; caseworkers those of their cases.
    void requireReader() const;
    // The budget lines and approvals of a grant just read.
    void loadDetails(Grant& grant) const;
    void requireTransition(const Grant& grant, const QString& to) const;
    // The rules behind approvalRefusal(), for approve() to apply as they are.
    void requireMayApprove(const Grant& grant) const;
    void writeLines(qint64 grantId, const std::vector<GrantLine>& lines);

    Session& m_session;
};

} // namespace amparo
