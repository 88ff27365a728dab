#include "MatrixWorld.h"

#include "attachments/AttachmentService.h"
#include "cases/CaseService.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "people/PersonService.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"

namespace amparo {
namespace test {

namespace {

constexpr const char* kLogins[] = {"ana", "bea",    "carlos", "dara", "diego",
                                   "eli", "fatima", "farid",  "gil",  "hana"};

PaymentInput payment(qint64 grantId, qint64 minor)
{
    PaymentInput p;
    p.grantId = grantId;
    p.amountMinor = minor;
    p.currency = QStringLiteral("EUR");
    return p;
}

} // namespace

MatrixWorld::MatrixWorld()
{
    {
        auto admin = fixture.vault.openAdmin();
        UserAdministration administration(*admin);
        administration.addUser(QStringLiteral("gil"), QString(),
                               {auth::Role::Caseworker, auth::Role::FundManager},
                               secret(QStringLiteral("gil passphrase")), fastKdf());
        administration.addUser(QStringLiteral("hana"), QString(),
                               {auth::Role::FundManager, auth::Role::Finance},
                               secret(QStringLiteral("hana passphrase")), fastKdf());
    }
    reopenSessions();
    caseId = newCase(as(QStringLiteral("bea")));
    victimId = PersonService(as(QStringLiteral("bea"))).list(0, 1).front().id;
    Fund fund;
    fund.code = QStringLiteral("UAF");
    fund.name = QStringLiteral("Urgent Assistance Fund");
    fund.currency = QStringLiteral("EUR");
    fund.annualBudgetMinor = 100'000'00;
    fund.approvalThresholdMinor = 5'000'00;
    fundId = FundService(as(QStringLiteral("ana"))).create(fund).id;
    Contribution c;
    c.fundId = fundId;
    c.amountMinor = 10'000'000'00;
    c.currency = QStringLiteral("EUR");
    FundService(as(QStringLiteral("farid"))).recordContribution(c);
}

Session& MatrixWorld::as(const QString& login)
{
    return *sessions.at(login);
}

void MatrixWorld::reopenSessions()
{
    sessions.clear();
    for (const char* login : kLogins)
        sessions.emplace(QString::fromLatin1(login), fixture.as(QString::fromLatin1(login)));
}

qint64 MatrixWorld::newCase(Session& caseworker, bool restricted)
{
    Case c = sampleCase();
    c.restricted = restricted;
    const qint64 id = CaseService(caseworker).create(c).id;
    newPerson(caseworker, id);
    return id;
}

qint64 MatrixWorld::newPerson(Session& caseworker, qint64 inCase)
{
    const qint64 id = PersonService(caseworker).create(samplePerson()).id;
    CaseService(caseworker).addPerson(inCase, id, QStringLiteral("victim"));
    return id;
}

qint64 MatrixWorld::restrictedCase(Session& reader, bool assignReader)
{
    Session& carlos = as(QStringLiteral("carlos"));
    const qint64 id = newCase(carlos, true);
    if (assignReader)
        CaseService(carlos).assign(id, reader.user().id);
    return id;
}

qint64 MatrixWorld::submittedGrant(qint64 minor, Session* requester, qint64 onCase)
{
    GrantRequest r;
    r.caseId = onCase ? onCase : caseId;
    r.fundId = fundId;
    r.currency = QStringLiteral("EUR");
    r.purpose = QStringLiteral("Lawyer fees for the appeal");
    r.lines = {{r.purpose, minor}};
    Session& by = requester ? *requester : as(QStringLiteral("bea"));
    return GrantService(by).request(r).id;
}

qint64 MatrixWorld::approvedGrant(qint64 minor, Session* approver, Session* requester,
                                  qint64 onCase)
{
    const qint64 id = submittedGrant(minor, requester, onCase);
    GrantService(approver ? *approver : as(QStringLiteral("diego"))).approve(id, {}, QString());
    return id;
}

qint64 MatrixWorld::disbursingGrant(Session* approver)
{
    const qint64 id = approvedGrant(100'00, approver);
    DisbursementService(as(QStringLiteral("farid"))).pay(payment(id, 40'00));
    return id;
}

qint64 MatrixWorld::disbursedGrant(qint64* paymentId, Session* approver)
{
    const qint64 id = approvedGrant(100'00, approver);
    const Disbursement paid =
        DisbursementService(as(QStringLiteral("farid"))).pay(payment(id, 100'00));
    if (paymentId)
        *paymentId = paid.id;
    return id;
}

qint64 MatrixWorld::justifiedGrant()
{
    qint64 paymentId = 0;
    const qint64 id = disbursedGrant(&paymentId);
    DisbursementService finance(as(QStringLiteral("farid")));
    finance.addReceipt(paymentId, QStringLiteral("receipt.pdf"), QStringLiteral("application/pdf"),
                       QByteArrayLiteral("%PDF-1.4 receipt"));
    finance.markJustified(id, QString());
    return id;
}

qint64 MatrixWorld::contributionTransaction()
{
    Contribution c;
    c.fundId = fundId;
    c.amountMinor = 10'00;
    c.currency = QStringLiteral("EUR");
    return FundService(as(QStringLiteral("farid"))).recordContribution(c).transactionId;
}

} // namespace test
} // namespace amparo
