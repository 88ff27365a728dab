#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace amparo {

// One line of a grant's budget, in the fund's currency.
struct GrantLine
{
    QString description;
    qint64 amountMinor = 0;
};

struct GrantApproval
{
    qint64 approverId = 0;
    QString approver; // login
    qint64 amountMinor = 0;
    QString comment;
    QDateTime at;
};

// A request to pay for assistance from a fund (PRODUCT §2). Amounts are in
// the fund's currency: the approval commits the fund, payments may be made
// in any currency at the rate of the day.
struct Grant
{
    qint64 id = 0;
    QString reference; // GR-2026-00042
    qint64 fundId = 0;
    QString fundCode;
    qint64 caseId = 0;
    QString caseReference;
    std::optional<qint64> assistanceId;
    std::optional<qint64> beneficiaryPersonId;
    std::optional<qint64> beneficiaryOrgId;
    QString purpose;
    QString justification;
    QString currency;
    qint64 requestedMinor = 0; // the sum of the lines
    std::optional<qint64> approvedMinor;
    QString status = QStringLiteral("draft"); // Vocabulary::GrantStatus
    qint64 requestedBy = 0;
    QString requestedByLogin;
    std::optional<QString> overcommitReason;
    std::vector<GrantLine> lines;
    std::vector<GrantApproval> approvals;
    // From the ledger and the disbursements, in the fund's currency.
    qint64 paidMinor = 0;        // payments, reversed ones left out
    qint64 refundedMinor = 0;    // refunds, reversed ones left out
    qint64 outstandingMinor = 0; // still committed: approved − paid − released
    std::optional<QDate> submittedOn;
    std::optional<QDate> approvedOn;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A change of state, with who made it and why.
struct GrantEvent
{
    QString fromStatus;
    QString toStatus;
    QString comment;
    QString login;
    QDateTime at;
};

struct GrantFilter
{
    QStringList statuses;
    std::optional<qint64> fundId;
    std::optional<qint64> caseId;
};

// What a caseworker asks for.
struct GrantRequest
{
    qint64 caseId = 0;
    qint64 fundId = 0;
    std::optional<qint64> assistanceId;
    std::optional<qint64> beneficiaryPersonId;
    std::optional<qint64> beneficiaryOrgId;
    QString purpose;
    QString justification;
    QString currency; // must be the fund's
    std::vector<GrantLine> lines;
    bool submit = true; // false keeps it as a draft
};

} // namespace amparo
