#include "demo/DemoMoneyWriter.h"

#include "demo/DemoClock.h"
#include "demo/DemoFiles.h"
#include "demo/DemoWorld.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/Corrections.h"
#include "vault/Session.h"

#include <algorithm>
#include <set>

namespace amparo {
namespace demo {

Session& DemoMoneyWriter::session(MoneyActor actor) const
{
    switch (actor) {
    case MoneyActor::FirstCaseworker:
        return m_sessions.firstCaseworker;
    case MoneyActor::SecondCaseworker:
        return m_sessions.secondCaseworker;
    case MoneyActor::FundManager:
        return m_sessions.fundManager;
    case MoneyActor::Finance:
        break;
    }
    return m_sessions.finance;
}

void DemoMoneyWriter::use(MoneyActor actor)
{
    if (m_writing == actor)
        return;
    commit();
    m_transaction.emplace(session(actor).database());
    m_writing = actor;
}

void DemoMoneyWriter::commit()
{
    if (m_transaction)
        m_transaction->commit();
    m_transaction.reset();
    m_writing.reset();
}

void DemoMoneyWriter::createFunds(const MoneyPlan& plan)
{
    FundService funds(m_sessions.admin);
    const auto& specs = demoFunds();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const DemoFund& spec = specs[i];
        Fund fund;
        fund.code = QString::fromLatin1(spec.code);
        fund.name = QString::fromLatin1(spec.name);
        fund.currency = QString::fromLatin1(spec.currency);
        fund.annualBudgetMinor = plan.annualBudgetMinor.at(i);
        fund.approvalThresholdMinor = spec.thresholdMinor;
        fund.programmes = spec.programmes;
        fund.assistanceTypes = spec.assistanceTypes;
        for (const auto& [donor, currency] : spec.donors)
            fund.donorIds.push_back(m_world.organisations.donors.at(std::size_t(donor)).id);
        fund.notes = QString::fromLatin1(spec.notes);
        m_fundIds.push_back(funds.create(fund).id);
        ++m_world.summary.funds;
    }
}

void DemoMoneyWriter::contribute(const PlannedContribution& planned)
{
    Contribution c;
    c.fundId = m_fundIds.at(std::size_t(planned.fund));
    c.donorId = m_world.organisations.donors.at(std::size_t(planned.donor)).id;
    c.amountMinor = planned.amountMinor;
    c.currency = planned.currency;
    c.rate = planned.rate;
    c.reference = planned.reference;
    FundService(m_sessions.finance).recordContribution(c);
    ++m_world.summary.contributions;
}

void DemoMoneyWriter::addReceipt(const GrantStep& step, const Written& written)
{
    const Disbursement& paid = written.payments.at(std::size_t(step.payment));
    const QByteArray content =
        step.photo ? tinyPng()
                   : tinyPdf(QStringLiteral("Receipt - grant %1").arg(written.reference),
                             {QStringLiteral("Amount: %1 %2, paid on %3.")
                                  .arg(formatAmount(paid.amountMinor, paid.currency), paid.currency,
                                       paid.paidOn.toString(Qt::ISODate)),
                              QStringLiteral("Payment %1 of the Amparo ledger.").arg(paid.id),
                              QStringLiteral("Fictional document of the Amparo demo data.")});
    DisbursementService(m_sessions.finance)
        .addReceipt(
            paid.id, step.text + (step.photo ? QStringLiteral(".png") : QStringLiteral(".pdf")),
            step.photo ? QStringLiteral("image/png") : QStringLiteral("application/pdf"), content);
    ++m_world.summary.receipts;
    ++m_world.summary.attachments;
}

void DemoMoneyWriter::act(const PlannedGrant& grant, const GrantStep& step, Written& written)
{
    using Kind = GrantStep::Kind;
    Session& acting = session(step.actor);
    GrantService grants(acting);
    DisbursementService disbursements(acting);
    const GrantCandidate& c = *grant.candidate;
    auto request = [&](const std::vector<GrantLine>& lines) {
        GrantRequest r;
        r.caseId = c.caseId;
        r.fundId = m_fundIds.at(std::size_t(grant.fund));
        r.assistanceId = c.assistanceId;
        r.beneficiaryPersonId = c.personId;
        r.beneficiaryOrgId = c.providerOrgId;
        r.purpose = grant.purpose;
        r.justification = grant.justification;
        r.currency = QString::fromLatin1(demoFunds().at(std::size_t(grant.fund)).currency);
        r.lines = lines;
        r.submit = !step.draft;
        return r;
    };
    auto payment = [&] {
        PaymentInput p;
        p.grantId = written.id;
        p.amountMinor = step.amountMinor;
        p.currency = step.currency;
        p.rate = step.rate;
        p.note = step.text;
        return p;
    };
    switch (step.kind) {
    case Kind::Request: {
        const Grant created = grants.request(request(grant.lines));
        written.id = created.id;
        written.reference = created.reference;
        ++m_world.summary.grants;
        ++m_world.summary.grantsByStatus[grant.status];
        break;
    }
    case Kind::Return:
        grants.returnForChanges(written.id, step.text);
        break;
    case Kind::Update:
        grants.updateRequest(written.id, request(step.lines));
        break;
    case Kind::Submit:
        grants.submit(written.id);
        break;
    case Kind::Approve:
        grants.approve(written.id,
                       step.amountMinor > 0 ? std::optional<qint64>(step.amountMinor)
                                            : std::nullopt,
                       step.text);
        break;
    case Kind::Reject:
        grants.reject(written.id, step.text);
        break;
    case Kind::Cancel:
        grants.cancel(written.id, step.text);
        break;
    case Kind::Pay:
        written.payments.push_back(disbursements.pay(payment()));
        ++m_world.summary.payments;
        break;
    case Kind::Reverse:
        Corrections(acting).reverse(written.payments.at(std::size_t(step.payment)).transactionId,
                                    step.text);
        ++m_world.summary.reversals;
        break;
    case Kind::Receipt:
        addReceipt(step, written);
        break;
    case Kind::Refund:
        disbursements.refund(payment());
        ++m_world.summary.refunds;
        break;
    case Kind::Finish:
        disbursements.finishPayments(written.id, step.text);
        break;
    case Kind::Justify:
        disbursements.markJustified(written.id, step.text);
        break;
    case Kind::Close:
        grants.close(written.id, step.text);
        break;
    }
}

void DemoMoneyWriter::write(const MoneyPlan& plan)
{
    createFunds(plan);
    use(MoneyActor::Finance);
    for (const PlannedContribution& contribution : plan.contributions) {
        m_clock.set(contribution.at);
        contribute(contribution);
    }

    std::vector<Written> written(plan.grants.size());
    std::size_t rounds = 0;
    for (const PlannedGrant& grant : plan.grants)
        rounds = std::max(rounds, grant.steps.size());
    std::set<QString> currencies;
    for (std::size_t round = 0; round < rounds; ++round) {
        std::vector<std::size_t> due;
        for (std::size_t g = 0; g < plan.grants.size(); ++g) {
            if (plan.grants[g].steps.size() > round)
                due.push_back(g);
        }
        auto stepOf = [&](std::size_t g) -> const GrantStep& {
            return plan.grants[g].steps[round];
        };
        std::stable_sort(due.begin(), due.end(), [&](std::size_t a, std::size_t b) {
            const GrantStep& x = stepOf(a);
            const GrantStep& y = stepOf(b);
            if (round > 0 && x.actor != y.actor)
                return x.actor < y.actor;
            return x.at < y.at;
        });
        for (const std::size_t g : due) {
            const GrantStep& step = stepOf(g);
            use(step.actor);
            m_clock.set(step.at);
            act(plan.grants[g], step, written[g]);
            if (step.kind == GrantStep::Kind::Pay)
                currencies.insert(step.currency);
        }
    }
    commit();
    m_world.summary.paymentCurrencies = static_cast<int>(currencies.size());
    m_clock.set(m_world.end);
    m_world.summary.overdueReceipts = static_cast<int>(
        DisbursementService(m_sessions.finance).overdueJustifications(m_world.end.date()).size());
}

} // namespace demo
} // namespace amparo
