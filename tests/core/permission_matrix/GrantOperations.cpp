#include "Operations.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "vault/Session.h"

namespace amparo {
namespace test {

namespace {

Session& person(Setup& s, const char* login)
{
    return s.world.as(QString::fromLatin1(login));
}

GrantRequest changedRequest(const Grant& g)
{
    GrantRequest r;
    r.caseId = g.caseId;
    r.fundId = g.fundId;
    r.currency = g.currency;
    r.purpose = QStringLiteral("Lawyer fees for the appeal and the retrial");
    r.lines = {{r.purpose, 150'00}};
    return r;
}

PaymentInput payment(qint64 grantId, qint64 minor)
{
    PaymentInput p;
    p.grantId = grantId;
    p.amountMinor = minor;
    p.currency = QStringLiteral("EUR");
    return p;
}

// A grant asked by the actor when they are to have done the other half
// (gil, who holds both roles), by bea otherwise.
qint64 submittedBy(Setup& s, qint64 caseId = 0)
{
    return s.world.submittedGrant(100'00, s.actorDidOtherHalf ? &s.actor : nullptr, caseId);
}

// A grant approved by the actor when they are to have done the other half
// (hana, who holds both roles), by diego otherwise; asked by bea in the
// world's case, or by carlos in `caseId`, one of his restricted cases.
qint64 approvedBy(Setup& s, qint64 caseId = 0)
{
    return s.world.approvedGrant(100'00, s.actorDidOtherHalf ? &s.actor : nullptr,
                                 caseId ? &person(s, "carlos") : nullptr, caseId);
}

std::vector<Operation> requestOperations()
{
    return {
        {QStringLiteral("GrantService::request"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, &world = s.world] {
                 world.submittedGrant(100'00, &actor);
             };
         }},
        {QStringLiteral("GrantService::request (a restricted case)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, &world = s.world,
                     id = s.world.restrictedCase(s.actor, s.actorEntitled)] {
                 world.submittedGrant(100'00, &actor, id);
             };
         }},
        {QStringLiteral("GrantService::updateRequest"),
         [](Setup& s) -> Act {
             const qint64 id = s.world.submittedGrant();
             GrantService(person(s, "dara")).returnForChanges(id, QStringLiteral("Add a quote"));
             const Grant g = GrantService(person(s, "bea")).get(id);
             return [&actor = s.actor, g] {
                 GrantService(actor).updateRequest(g.id, changedRequest(g));
             };
         }},
        {QStringLiteral("GrantService::submit"),
         [](Setup& s) -> Act {
             const qint64 id = s.world.submittedGrant();
             GrantService(person(s, "dara")).returnForChanges(id, QStringLiteral("Add a quote"));
             return [&actor = s.actor, id] {
                 GrantService(actor).submit(id);
             };
         }},
        {QStringLiteral("GrantService::approve"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = submittedBy(s)] {
                 GrantService(actor).approve(id, std::nullopt, QString());
             };
         },
         QStringLiteral("gil")},
        {QStringLiteral("GrantService::approve (the second approval)"),
         [](Setup& s) -> Act {
             // Above the fund's threshold: two approvals, the first by the
             // actor or by diego.
             const qint64 id = s.world.submittedGrant(6'000'00);
             GrantService(s.actorDidOtherHalf ? s.actor : person(s, "diego"))
                 .approve(id, std::nullopt, QString());
             return [&actor = s.actor, id] {
                 GrantService(actor).approve(id, std::nullopt, QString());
             };
         },
         QStringLiteral("dara")},
        {QStringLiteral("GrantService::approve (a restricted case)"),
         [](Setup& s) -> Act {
             // Asked in a restricted case of carlos's, or of gil's (the actor).
             Session& requester = s.actorDidOtherHalf ? s.actor : person(s, "carlos");
             const qint64 caseId = s.world.newCase(requester, true);
             return [&actor = s.actor, id = s.world.submittedGrant(100'00, &requester, caseId)] {
                 GrantService(actor).approve(id, std::nullopt, QString());
             };
         },
         QStringLiteral("gil")},
        {QStringLiteral("GrantService::reject"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = submittedBy(s)] {
                 GrantService(actor).reject(id, QStringLiteral("Covered by legal aid"));
             };
         },
         QStringLiteral("gil")},
        {QStringLiteral("GrantService::returnForChanges"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = submittedBy(s)] {
                 GrantService(actor).returnForChanges(id, QStringLiteral("Add a quote"));
             };
         },
         QStringLiteral("gil")},
    };
}

std::vector<Operation> decisionOperations()
{
    return {
        {QStringLiteral("GrantService::cancel (a request)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.submittedGrant()] {
                 GrantService(actor).cancel(id, QStringLiteral("The court dropped the charges"));
             };
         }},
        {QStringLiteral("GrantService::cancel (an approved grant)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.approvedGrant()] {
                 GrantService(actor).cancel(id, QStringLiteral("The court dropped the charges"));
             };
         }},
        {QStringLiteral("GrantService::close"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.justifiedGrant()] {
                 GrantService(actor).close(id, QString());
             };
         }},
        {QStringLiteral("GrantService::authoriseOvercommit"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.submittedGrant()] {
                 GrantService(actor).authoriseOvercommit(id, QStringLiteral("Board decision 12"));
             };
         }},
        {QStringLiteral("GrantService::approvalRefusal"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.submittedGrant()] {
                 GrantService(actor).approvalRefusal(id);
             };
         }},
        {QStringLiteral("GrantService::get"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.submittedGrant()] {
                 GrantService(actor).get(id);
             };
         }},
        {QStringLiteral("GrantService::get (a restricted case)"),
         [](Setup& s) -> Act {
             const qint64 caseId = s.world.restrictedCase(s.actor, s.actorEntitled);
             return [&actor = s.actor,
                     id = s.world.submittedGrant(100'00, &person(s, "carlos"), caseId)] {
                 GrantService(actor).get(id);
             };
         }},
        {QStringLiteral("GrantService::find"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.submittedGrant()] {
                 GrantService(actor).find(QString::number(id));
             };
         }},
        {QStringLiteral("GrantService::list"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 GrantService(actor).list();
             };
         }},
        {QStringLiteral("GrantService::history"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.submittedGrant()] {
                 GrantService(actor).history(id);
             };
         }},
    };
}

std::vector<Operation> disbursementOperations()
{
    return {
        {QStringLiteral("DisbursementService::pay"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = approvedBy(s)] {
                 DisbursementService(actor).pay(payment(id, 60'00));
             };
         },
         QStringLiteral("hana")},
        {QStringLiteral("DisbursementService::pay (a restricted case)"),
         [](Setup& s) -> Act {
             const qint64 caseId = s.world.newCase(person(s, "carlos"), true);
             return [&actor = s.actor, id = approvedBy(s, caseId)] {
                 DisbursementService(actor).pay(payment(id, 60'00));
             };
         },
         QStringLiteral("hana")},
        {QStringLiteral("DisbursementService::refund"),
         [](Setup& s) -> Act {
             const qint64 id = approvedBy(s);
             DisbursementService(person(s, "farid")).pay(payment(id, 100'00));
             return [&actor = s.actor, id] {
                 DisbursementService(actor).refund(payment(id, 20'00));
             };
         },
         QStringLiteral("hana")},
        {QStringLiteral("DisbursementService::finishPayments"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.disbursingGrant()] {
                 DisbursementService(actor).finishPayments(id, QString());
             };
         }},
        {QStringLiteral("DisbursementService::markJustified"),
         [](Setup& s) -> Act {
             qint64 paymentId = 0;
             const qint64 id = s.world.disbursedGrant(&paymentId);
             DisbursementService(person(s, "farid"))
                 .addReceipt(paymentId, QStringLiteral("receipt.pdf"),
                             QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4 r"));
             return [&actor = s.actor, id] {
                 DisbursementService(actor).markJustified(id, QString());
             };
         }},
        {QStringLiteral("DisbursementService::addReceipt"),
         [](Setup& s) -> Act {
             qint64 paymentId = 0;
             s.world.disbursedGrant(&paymentId);
             return [&actor = s.actor, paymentId] {
                 DisbursementService(actor).addReceipt(paymentId, QStringLiteral("receipt.pdf"),
                                                       QStringLiteral("application/pdf"),
                                                       QByteArrayLiteral("%PDF-1.4 r"));
             };
         }},
        {QStringLiteral("DisbursementService::get"),
         [](Setup& s) -> Act {
             qint64 paymentId = 0;
             s.world.disbursedGrant(&paymentId);
             return [&actor = s.actor, paymentId] {
                 DisbursementService(actor).get(paymentId);
             };
         }},
        {QStringLiteral("DisbursementService::list"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.disbursingGrant()] {
                 DisbursementService(actor).list(id);
             };
         }},
        {QStringLiteral("DisbursementService::overdueJustifications"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 DisbursementService(actor).overdueJustifications(QDate(2026, 6, 1));
             };
         }},
        {QStringLiteral("DisbursementService::all"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 DisbursementService(actor).all();
             };
         }},
    };
}

} // namespace

std::vector<Operation> grantOperations()
{
    std::vector<Operation> all = requestOperations();
    for (auto* part : {&decisionOperations, &disbursementOperations})
        for (Operation& o : (*part)())
            all.push_back(std::move(o));
    return all;
}

} // namespace test
} // namespace amparo
