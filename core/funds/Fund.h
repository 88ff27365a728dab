#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace amparo {

// A fund that pays for assistance ("Urgent Assistance Fund"). Its accounts
// are kept in its base currency. Empty restriction lists mean "any".
struct Fund
{
    qint64 id = 0;
    QString code; // "UAF": capital letters and digits, names its ledger accounts
    QString name;
    QString currency;
    qint64 annualBudgetMinor = 0;
    // Grants above this (in the fund's currency) need two approvers; when
    // absent on creation, the organisation's approval threshold.
    std::optional<qint64> approvalThresholdMinor;
    QStringList countries;        // ISO 3166 codes it may pay for
    QStringList programmes;       // Vocabulary::Programme
    QStringList assistanceTypes;  // Vocabulary::AssistanceType
    std::vector<qint64> donorIds; // organisations of kind "donor"
    QString notes;
    bool active = true;
};

// Where a fund stands at the end of a day, in its currency:
// received − committed − disbursed = available.
struct FundPosition
{
    qint64 fundId = 0;
    QString code;
    QString currency;
    QDate at;
    qint64 receivedMinor = 0;  // donor contributions
    qint64 committedMinor = 0; // approved and not yet paid
    qint64 disbursedMinor = 0; // paid, net of refunds
    qint64 availableMinor = 0; // free for new approvals
};

// Money a donor gave to a fund, in any currency.
struct Contribution
{
    qint64 id = 0;
    qint64 fundId = 0;
    std::optional<qint64> donorId;
    QDate receivedOn;
    qint64 amountMinor = 0;
    QString currency;
    // Needed when the currency is not the fund's (see ExchangeRate).
    std::optional<ExchangeRate> rate;
    qint64 fundAmountMinor = 0; // set by the service
    QString reference;
    qint64 transactionId = 0;
    bool reversed = false;
};

} // namespace amparo
