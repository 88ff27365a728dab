#include "demo/DemoGrantStory.h"

#include "demo/DemoMoneyTexts.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRates.h"
#include "demo/DemoWorld.h"

#include <algorithm>

namespace amparo {
namespace demo {
namespace {

using Kind = GrantStep::Kind;

constexpr qint64 kDay = 86400;

const char* payeeFor(const QString& type)
{
    if (type == QLatin1String("legal"))
        return "the lawyer";
    if (type == QLatin1String("medical"))
        return "the clinic";
    if (type == QLatin1String("psychosocial"))
        return "the rehabilitation centre";
    if (type == QLatin1String("relocation") || type == QLatin1String("social"))
        return "the family";
    if (type == QLatin1String("accompaniment"))
        return "the partner organisation";
    return "the member organisation";
}

// The same day's time squeezed into office hours, 08:00 to 18:00 UTC:
// people pay and decide at work. Later times stay later.
QDateTime officeHours(const QDateTime& at)
{
    const qint64 second = QTime(0, 0).secsTo(at.time());
    return QDateTime(at.date(), QTime(8, 0), Qt::UTC).addSecs(second * 10 / 24);
}

} // namespace

GrantStory::GrantStory(PlannedGrant& grant, DemoRandom& random, MoneyActor caseworker,
                       QString fundCurrency, qint64 ageInDays)
    : m_grant(grant), m_random(random), m_caseworker(caseworker),
      m_fundCurrency(std::move(fundCurrency)), m_ageInDays(ageInDays)
{}

void GrantStory::wait(int minimumDays, int maximumDays)
{
    m_offset += m_random.between(minimumDays, maximumDays) * kDay + m_random.between(600, 6 * 3600);
}

GrantStep& GrantStory::add(Kind kind, MoneyActor actor, const QString& text)
{
    GrantStep step;
    step.kind = kind;
    step.actor = actor;
    step.text = text;
    m_grant.steps.push_back(step);
    m_offsets.push_back(m_offset);
    return m_grant.steps.back();
}

qint64 GrantStory::requested() const
{
    qint64 total = 0;
    for (const GrantLine& line : m_lines)
        total += line.amountMinor;
    return total;
}

void GrantStory::request(Ending ending)
{
    m_lines = m_grant.lines;
    add(Kind::Request, m_caseworker).draft = ending == Ending::Draft;
}

void GrantStory::returnAndResubmit()
{
    wait(1, 6);
    add(Kind::Return, MoneyActor::FundManager, m_random.word(returnReasons()));
    wait(1, 10);
    // The main cost is checked again and comes out a little lower.
    m_lines.front().amountMinor = roundToTens(m_lines.front().amountMinor * 9 / 10, m_fundCurrency);
    add(Kind::Update, m_caseworker).lines = m_lines;
    m_offset += m_random.between(60, 3600);
    add(Kind::Submit, m_caseworker);
}

void GrantStory::approve()
{
    wait(1, 7);
    qint64 amount = requested();
    if (m_random.chance(0.15)) {
        amount = roundToTens(amount * m_random.between(70, 90) / 100, m_fundCurrency);
        add(Kind::Approve, MoneyActor::FundManager, m_random.word(reductionComments()))
            .amountMinor = amount;
    } else {
        add(Kind::Approve, MoneyActor::FundManager, m_random.word(approvalComments()));
    }
    m_grant.approvedMinor = amount;
}

GrantStory::Paid GrantStory::convert(qint64 fundMinor, bool round)
{
    Paid paid;
    if (m_paidCurrency == m_fundCurrency) {
        paid.amountMinor = round ? roundAmount(fundMinor, m_fundCurrency) : fundMinor;
        paid.fundMinor = paid.amountMinor;
        return paid;
    }
    paid.rate = demoRate(m_fundCurrency, m_paidCurrency, m_random.between(-30, 30));
    paid.amountMinor = paidAmountFor(fundMinor, m_fundCurrency, *paid.rate, m_paidCurrency);
    if (round)
        paid.amountMinor = roundAmount(paid.amountMinor, m_paidCurrency);
    paid.fundMinor =
        convertToFundCurrency(paid.amountMinor, m_paidCurrency, *paid.rate, m_fundCurrency);
    return paid;
}

int GrantStory::pay(const Paid& paid)
{
    const QString payee = QString::fromLatin1(payeeFor(m_grant.candidate->assistanceType));
    const bool mobile =
        m_paidCurrency == QLatin1String("KES") || m_paidCurrency == QLatin1String("UGX");
    GrantStep& step = add(Kind::Pay, MoneyActor::Finance,
                          m_random.word(mobile ? mobilePaymentNotes() : paymentNotes())
                              .replace(QStringLiteral("{payee}"), payee));
    step.amountMinor = paid.amountMinor;
    step.currency = m_paidCurrency;
    step.rate = paid.rate;
    int index = 0;
    for (const GrantStep& earlier : m_grant.steps)
        index += earlier.kind == Kind::Pay ? 1 : 0;
    return index - 1;
}

void GrantStory::payments(Ending ending, bool reversal)
{
    const qint64 approved = m_grant.approvedMinor;
    qint64 outstanding = approved;
    const bool partial = ending == Ending::Disbursing || ending == Ending::Cancelled;
    const int tranches = reversal || partial || m_random.chance(0.35) ? 2 : 1;
    wait(1, 12);
    if (tranches == 2) {
        const Paid first = convert(
            approved * (reversal ? m_random.between(35, 50) : m_random.between(40, 60)) / 100,
            true);
        const int index = pay(first);
        m_payments.push_back(m_grant.steps.size() - 1);
        m_paidFundMinor += first.fundMinor;
        outstanding -= first.fundMinor;
        if (reversal) {
            // Finance types the same transfer again; the bank statement
            // shows it once, and the duplicate is reversed.
            m_offset += m_random.between(1800, kDay);
            GrantStep again = m_grant.steps.back();
            m_grant.steps.push_back(again);
            m_offsets.push_back(m_offset);
            wait(1, 4);
            add(Kind::Reverse, MoneyActor::Finance,
                QStringLiteral("Recorded twice by mistake: the bank paid the transfer of %1 %2 "
                               "only once.")
                    .arg(formatAmount(first.amountMinor, m_paidCurrency), m_paidCurrency))
                .payment = index + 1;
        }
        if (partial)
            return;
        wait(14, 60);
    }
    if (m_random.chance(0.15)) {
        const Paid last = convert(outstanding * m_random.between(70, 95) / 100, true);
        pay(last);
        m_payments.push_back(m_grant.steps.size() - 1);
        m_paidFundMinor += last.fundMinor;
        m_offset += m_random.between(600, 3 * kDay);
        add(Kind::Finish, MoneyActor::Finance, m_random.word(underspendNotes()));
        return;
    }
    const Paid last = convert(outstanding, false);
    pay(last);
    m_payments.push_back(m_grant.steps.size() - 1);
    m_paidFundMinor += last.fundMinor;
    if (last.fundMinor < outstanding) {
        m_offset += m_random.between(600, 2 * kDay);
        add(Kind::Finish, MoneyActor::Finance,
            QStringLiteral("Paid in full; the difference left by rounding the exchange returns "
                           "to the fund."));
    }
}

void GrantStory::receipts(Ending ending, bool overdue)
{
    const bool required = ending == Ending::Justified || ending == Ending::Closed;
    int number = 0;
    for (const std::size_t step : m_payments) {
        ++number;
        // Receipts of old payments have mostly come in; recent ones are awaited.
        const double chance = ending == Ending::Cancelled ? 0.7 : m_ageInDays > 365 ? 0.9 : 0.5;
        const bool kept = required || (!overdue && m_random.chance(chance));
        if (!kept)
            continue;
        const qint64 saved = m_offset;
        m_offset = m_offsets[step];
        wait(3, 45);
        GrantStep& receipt = add(Kind::Receipt, MoneyActor::Finance);
        int index = -1;
        for (std::size_t i = 0; i <= step; ++i)
            index += m_grant.steps[i].kind == Kind::Pay ? 1 : 0;
        receipt.payment = index;
        receipt.photo = m_random.chance(0.25);
        receipt.text = QStringLiteral("receipt-%1").arg(number);
        m_offset = std::max(saved, m_offset);
    }
}

void GrantStory::refund()
{
    wait(5, 30);
    const Paid back = convert(m_paidFundMinor * m_random.between(5, 20) / 100, true);
    if (back.fundMinor <= 0 || back.fundMinor > m_paidFundMinor)
        return;
    GrantStep& step = add(Kind::Refund, MoneyActor::Finance, m_random.word(refundNotes()));
    step.amountMinor = back.amountMinor;
    step.currency = m_paidCurrency;
    step.rate = back.rate;
}

void GrantStory::tell(Ending ending, bool reversal, bool withRefund, bool overdue,
                      bool cancelAfterApproval)
{
    using enum Ending;
    const GrantCandidate& c = *m_grant.candidate;
    m_paidCurrency = m_fundCurrency;
    if (m_random.chance(0.7)) {
        static constexpr const char* hosts[] = {"EUR", "KES", "GEL", "MXN", "THB"};
        m_paidCurrency = c.assistanceType == QLatin1String("relocation") && m_random.chance(0.4)
                             ? m_random.word(hosts)
                             : paymentCurrency(c.country);
    }
    request(ending);
    switch (ending) {
    case Draft:
    case Submitted:
        return;
    case Returned:
        wait(1, 8);
        add(Kind::Return, MoneyActor::FundManager, m_random.word(returnReasons()));
        return;
    case Rejected:
        wait(1, 10);
        add(Kind::Reject, MoneyActor::FundManager, m_random.word(rejectionReasons()));
        return;
    case Cancelled:
        if (!cancelAfterApproval) {
            wait(2, 20);
            add(Kind::Cancel, m_caseworker, m_random.word(withdrawalReasons()));
            return;
        }
        approve();
        if (m_random.chance(0.3)) {
            payments(ending, false);
            receipts(ending, false);
        }
        wait(5, 40);
        add(Kind::Cancel, MoneyActor::FundManager, m_random.word(cancellationReasons()));
        return;
    default:
        break;
    }
    if (m_random.chance(0.12))
        returnAndResubmit();
    approve();
    if (ending == Approved)
        return;
    payments(ending, reversal);
    receipts(ending, overdue);
    if (ending == Disbursing)
        return;
    if (withRefund)
        refund();
    if (ending == Disbursed)
        return;
    m_offset = *std::max_element(m_offsets.begin(), m_offsets.end());
    wait(2, 15);
    add(Kind::Justify, MoneyActor::Finance, m_random.word(justificationComments()));
    if (ending == Justified)
        return;
    wait(5, 40);
    add(Kind::Close, MoneyActor::FundManager, m_random.word(closingComments()));
}

void GrantStory::finish(const QDateTime& base, const QDateTime& end, const QDateTime& notBefore)
{
    // Receipts were planned out of turn: put every act in the order of its time.
    std::vector<std::size_t> order(m_grant.steps.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return m_offsets[a] < m_offsets[b]; });
    std::vector<GrantStep> steps;
    std::vector<qint64> offsets;
    // Payments are referred to by their rank among the payments, which the
    // sort keeps: a payment's receipt and reversal always come after it.
    for (const std::size_t i : order) {
        steps.push_back(std::move(m_grant.steps[i]));
        offsets.push_back(m_offsets[i]);
    }
    const qint64 room = std::max<qint64>(0, base.secsTo(end) - 600);
    const qint64 last = offsets.empty() ? 0 : offsets.back();
    QDateTime previous = notBefore;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const qint64 offset = last > room ? offsets[i] * room / last : offsets[i];
        steps[i].at = std::max(previous, officeHours(base.addSecs(offset)));
        previous = steps[i].at;
        if (steps[i].kind == Kind::Approve)
            m_grant.approvedAt = steps[i].at;
    }
    m_grant.steps = std::move(steps);
}

} // namespace demo
} // namespace amparo
