#pragma once

#include "demo/DemoMoneyPlan.h"

#include <QString>
#include <vector>

namespace amparo {
namespace demo {

class DemoRandom;

// Where a grant's story ends: its status at the end of the history.
enum class Ending
{
    Draft,
    Submitted,
    Returned,
    Rejected,
    Cancelled,
    Approved,
    Disbursing,
    Disbursed,
    Justified,
    Closed,
};

// The story of one grant, act by act, as MoneyPlan steps. Acts are planned
// at offsets from the request; finish() sorts them, squeezes them before the
// end of the history when they would run past it, and dates them.
class GrantStory
{
public:
    GrantStory(PlannedGrant& grant, DemoRandom& random, MoneyActor caseworker, QString fundCurrency,
               qint64 ageInDays);

    // The acts that lead to `ending`; `reversal`: a payment is typed twice
    // and reversed; `overdue`: no receipt comes in; `cancelAfterApproval`:
    // a cancelled grant was approved (and maybe partly paid) first.
    void tell(Ending ending, bool reversal, bool withRefund, bool overdue,
              bool cancelAfterApproval);
    // Dates the acts from `base` (the request) on, in office hours, none
    // before `notBefore` (the assistance paid for) nor after `end`.
    void finish(const QDateTime& base, const QDateTime& end, const QDateTime& notBefore);

private:
    struct Paid
    {
        qint64 amountMinor = 0;
        qint64 fundMinor = 0;
        std::optional<ExchangeRate> rate;
    };

    // Moves the story on by days and some hours.
    void wait(int minimumDays, int maximumDays);
    GrantStep& add(GrantStep::Kind kind, MoneyActor actor, const QString& text = {});
    qint64 requested() const;

    void request(Ending ending);
    void returnAndResubmit();
    void approve();
    // `fundMinor` of the fund's currency in the currency paid, at the rate of the day.
    Paid convert(qint64 fundMinor, bool round);
    // Returns the payment's rank among the grant's payments.
    int pay(const Paid& paid);
    void payments(Ending ending, bool reversal);
    void receipts(Ending ending, bool overdue);
    void refund();

    PlannedGrant& m_grant;
    DemoRandom& m_random;
    MoneyActor m_caseworker;
    QString m_fundCurrency;
    qint64 m_ageInDays;
    QString m_paidCurrency;
    std::vector<GrantLine> m_lines; // as last requested
    std::vector<qint64> m_offsets;  // seconds after the request, by step
    qint64 m_offset = 0;
    std::vector<std::size_t> m_payments; // the steps of the payments made (not the mistaken one)
    qint64 m_paidFundMinor = 0;
};

} // namespace demo
} // namespace amparo
