#include "CrashWorkload.h"

#include "CrashReport.h"
#include "DomainFixture.h"
#include "assistance/AssistanceService.h"
#include "attachments/AttachmentService.h"
#include "cases/CaseService.h"
#include "db/Transaction.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/Corrections.h"
#include "money/Money.h"
#include "people/ConsentService.h"
#include "people/PersonService.h"
#include "vault/Session.h"

#include <chrono>

namespace amparo {
namespace test {
namespace {

using namespace crashkind;

const QString kFund = QStringLiteral("EUR");
const QString kForeign = QStringLiteral("USD");

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString id(qint64 value)
{
    return QString::number(value);
}

} // namespace

CrashWorkload::CrashWorkload(const Login& login, std::uint64_t seed, int run, Report report)
    : m_random(seed), m_report(std::move(report)), m_run(run)
{
    // The vault was set up on ManualClock's first day; each run lives on a
    // later one, so payments never predate what they pay or reverse.
    m_clock.advance(std::chrono::hours(24 * (run + 1)));
    for (const char* name : {kCaseworker, kFirstApprover, kSecondApprover, kFinance})
        m_sessions[QString::fromLatin1(name)] = login(QString::fromLatin1(name), m_clock);
    m_fundId = FundService(as(kFinance)).byCode(QString::fromLatin1(kCrashFundCode)).id;
    CaseService cases(as(kCaseworker));
    for (const CaseRow& row : cases.list({}, CaseSort::OpenedNewestFirst, 0, 12))
        for (const CasePerson& person : cases.people(row.id))
            if (person.role == QLatin1String("victim"))
                m_cases.push_back({row.id, person.personId});
}

CrashWorkload::~CrashWorkload() = default;

void CrashWorkload::runForever()
{
    for (;;) {
        m_clock.advance(std::chrono::seconds(m_random.between(20, 600)));
        ++m_sequence;
        while (!runOneOperation()) {
        }
    }
}

Session& CrashWorkload::as(const char* login)
{
    return *m_sessions.at(QString::fromLatin1(login));
}

void CrashWorkload::begin(const char* kind)
{
    m_report(QStringLiteral("begin ") + QLatin1String(kind));
}

void CrashWorkload::committed(const char* kind, const QStringList& keys)
{
    m_report(QStringLiteral("committed ") + CommittedOperation{QLatin1String(kind), keys}.text());
}

QDate CrashWorkload::today() const
{
    return m_clock.nowUtc().date();
}

// Picks an act by weight; false when it found nothing to act on.
bool CrashWorkload::runOneOperation()
{
    using Operation = bool (CrashWorkload::*)();
    static const std::pair<int, Operation> weighted[] = {
        {6, &CrashWorkload::addPerson},      {8, &CrashWorkload::openCase},
        {5, &CrashWorkload::addAssistance},  {6, &CrashWorkload::attachFile},
        {2, &CrashWorkload::contribute},     {10, &CrashWorkload::requestGrant},
        {8, &CrashWorkload::submitGrant},    {10, &CrashWorkload::approveGrant},
        {12, &CrashWorkload::pay},           {4, &CrashWorkload::refund},
        {8, &CrashWorkload::addReceipt},     {4, &CrashWorkload::reversePayment},
        {4, &CrashWorkload::finishPayments}, {4, &CrashWorkload::justify},
        {3, &CrashWorkload::closeGrant},
    };
    int total = 0;
    for (const auto& [weight, operation] : weighted)
        total += weight;
    int ticket = m_random.between(1, total);
    for (const auto& [weight, operation] : weighted) {
        ticket -= weight;
        if (ticket <= 0)
            return (this->*operation)();
    }
    return false;
}

bool CrashWorkload::addPerson()
{
    Person person = samplePerson(QStringLiteral("Witness %1-%2").arg(m_run).arg(m_sequence));
    person.roles = {m_random.chance(0.5) ? QStringLiteral("witness") : QStringLiteral("family")};
    person.birthYear = m_random.between(1940, 2008);
    begin(kPerson);
    const SavedPerson saved = PersonService(as(kCaseworker)).create(person);
    committed(kPerson, {saved.pseudonym});
    return true;
}

// A case is opened with its victim and their consent in one transaction:
// after a crash all of it is there, or none.
bool CrashWorkload::openCase()
{
    Session& session = as(kCaseworker);
    begin(kCase);
    db::Transaction transaction(session.database());
    const SavedPerson victim = PersonService(session).create(
        samplePerson(QStringLiteral("Victim %1-%2").arg(m_run).arg(m_sequence)));
    Case input = sampleCase(QStringLiteral("Detention %1-%2").arg(m_run).arg(m_sequence));
    input.openedOn = today();
    CaseService cases(session);
    const Case created = cases.create(input);
    cases.addPerson(created.id, victim.id, QStringLiteral("victim"));
    Consent consent;
    consent.personId = victim.id;
    consent.purpose = QStringLiteral("case_management");
    consent.status = QStringLiteral("given");
    consent.decidedOn = today();
    consent.method = QStringLiteral("Signed form");
    const qint64 consentId = ConsentService(session).record(consent);
    transaction.commit();
    m_cases.push_back({created.id, victim.id});
    committed(kCase, {created.reference, victim.pseudonym, id(consentId)});
    return true;
}

bool CrashWorkload::addAssistance()
{
    const auto opened = pickCase();
    if (!opened)
        return false;
    static const QStringList types = {QStringLiteral("legal"), QStringLiteral("medical"),
                                      QStringLiteral("psychosocial"), QStringLiteral("relocation")};
    Assistance input;
    input.caseId = opened->caseId;
    input.personId = opened->victimId;
    input.type = types.at(m_random.below(static_cast<int>(types.size())));
    input.description = QStringLiteral("Support %1-%2").arg(m_run).arg(m_sequence);
    input.requestedOn = today();
    begin(kAssistance);
    const Assistance created = AssistanceService(as(kCaseworker)).create(input);
    committed(kAssistance, {id(created.id)});
    return true;
}

// Files of up to a few dozen pages, so that some kills land while a large
// transaction is being written.
bool CrashWorkload::attachFile()
{
    const auto opened = pickCase();
    if (!opened)
        return false;
    const QByteArray content = randomBytes(m_random.between(1, 48 * 1024));
    begin(kAttachment);
    const Attachment added = AttachmentService(as(kCaseworker))
                                 .add(QStringLiteral("case"), opened->caseId,
                                      QStringLiteral("statement-%1.bin").arg(m_sequence),
                                      QStringLiteral("application/octet-stream"), content);
    committed(kAttachment, {id(added.id), hex(added.sha256)});
    return true;
}

bool CrashWorkload::contribute()
{
    Contribution c;
    c.fundId = m_fundId;
    c.receivedOn = today();
    c.reference = QStringLiteral("DON-%1-%2").arg(m_run).arg(m_sequence);
    if (m_random.chance(0.7)) {
        c.currency = kFund;
        c.amountMinor = m_random.between(20'000, 40'000) * qint64{100};
    } else {
        c.currency = kForeign;
        c.amountMinor = m_random.between(22'000, 44'000) * qint64{100};
        c.rate = ExchangeRate{m_random.between(10'500, 11'200), 4};
    }
    begin(kContribution);
    const Contribution recorded = FundService(as(kFinance)).recordContribution(c);
    committed(kContribution, {id(recorded.id)});
    return true;
}

// Up to three budget lines of up to 3,000.00: some grants need both approvals.
bool CrashWorkload::requestGrant()
{
    const auto opened = pickCase();
    if (!opened)
        return false;
    GrantRequest r;
    r.caseId = opened->caseId;
    r.fundId = m_fundId;
    r.currency = kFund;
    r.beneficiaryPersonId = opened->victimId;
    r.purpose = QStringLiteral("Lawyer fees %1-%2").arg(m_run).arg(m_sequence);
    r.submit = false;
    const int lines = m_random.between(1, 3);
    for (int line = 1; line <= lines; ++line)
        r.lines.push_back(
            {QStringLiteral("Line %1").arg(line), m_random.between(50, 3'000) * qint64{100}});
    begin(kGrant);
    const Grant grant = GrantService(as(kCaseworker)).request(r);
    committed(kGrant, {grant.reference});
    return true;
}

bool CrashWorkload::submitGrant()
{
    const auto grant = pickGrant(QStringLiteral("draft"));
    if (!grant)
        return false;
    begin(kSubmitted);
    GrantService(as(kCaseworker)).submit(grant->id);
    committed(kSubmitted, {grant->reference});
    return true;
}

bool CrashWorkload::approveGrant()
{
    const auto grant = pickGrant(QStringLiteral("submitted"));
    if (!grant)
        return false;
    if (FundService(as(kFinance)).position(m_fundId).availableMinor < grant->requestedMinor)
        return contribute();
    const char* approver = kFirstApprover;
    for (const GrantApproval& earlier : grant->approvals)
        if (earlier.approver == QLatin1String(kFirstApprover))
            approver = kSecondApprover;
    begin(kApproval);
    GrantService(as(approver)).approve(grant->id, std::nullopt, QString());
    committed(kApproval, {grant->reference, QString::fromLatin1(approver)});
    return true;
}

// Part of what is outstanding, in euros or in dollars at the day's rate, or
// exactly the rest (which completes the grant).
bool CrashWorkload::pay()
{
    const bool firstPayment = m_random.chance(0.4);
    auto grant =
        pickGrant(firstPayment ? QStringLiteral("approved") : QStringLiteral("disbursing"));
    if (!grant)
        grant = pickGrant(firstPayment ? QStringLiteral("disbursing") : QStringLiteral("approved"));
    if (!grant || grant->outstandingMinor <= 0)
        return false;
    PaymentInput p;
    p.grantId = grant->id;
    p.currency = kFund;
    p.amountMinor = grant->outstandingMinor;
    if (!m_random.chance(0.3)) {
        const qint64 share =
            std::max<qint64>(1, grant->outstandingMinor * m_random.between(20, 60) / 100);
        if (share >= 100 && m_random.chance(0.5)) {
            // Dollars worth at most the share once converted and rounded.
            p.currency = kForeign;
            p.rate = ExchangeRate{m_random.between(10'500, 11'200), 4};
            p.amountMinor = share * p.rate->mantissa / 10'000;
            while (convertToFundCurrency(p.amountMinor, kForeign, *p.rate, kFund) > share)
                --p.amountMinor;
        } else {
            p.amountMinor = share;
        }
    }
    begin(kPayment);
    const Disbursement paid = DisbursementService(as(kFinance)).pay(p);
    committed(kPayment, {id(paid.id), p.currency});
    return true;
}

bool CrashWorkload::refund()
{
    const auto grant = pickGrant(m_random.chance(0.5) ? QStringLiteral("disbursing")
                                                      : QStringLiteral("disbursed"));
    if (!grant)
        return false;
    const qint64 net = grant->paidMinor - grant->refundedMinor;
    if (net <= 0)
        return false;
    PaymentInput p;
    p.grantId = grant->id;
    p.currency = kFund;
    p.amountMinor = std::max<qint64>(1, net * m_random.between(1, 25) / 100);
    begin(kRefund);
    const Disbursement refunded = DisbursementService(as(kFinance)).refund(p);
    committed(kRefund, {id(refunded.id)});
    return true;
}

bool CrashWorkload::addReceipt()
{
    const auto grant = pickGrant(m_random.chance(0.5) ? QStringLiteral("disbursing")
                                                      : QStringLiteral("disbursed"));
    if (!grant)
        return false;
    DisbursementService disbursements(as(kFinance));
    for (const Disbursement& d : disbursements.list(grant->id)) {
        if (d.kind != QLatin1String("payment") || d.reversed || d.receiptCount > 0)
            continue;
        const QByteArray content = "%PDF-1.4 receipt " + randomBytes(m_random.between(1, 4096));
        begin(kReceipt);
        const Attachment receipt = disbursements.addReceipt(
            d.id, QStringLiteral("receipt.pdf"), QStringLiteral("application/pdf"), content);
        committed(kReceipt, {id(receipt.id), hex(receipt.sha256)});
        return true;
    }
    return false;
}

// A payment of a grant still being disbursed, when reversing it leaves the
// grant with no more refunded than paid (the service refuses otherwise).
bool CrashWorkload::reversePayment()
{
    const auto grant = pickGrant(QStringLiteral("disbursing"));
    if (!grant)
        return false;
    for (const Disbursement& d : DisbursementService(as(kFinance)).list(grant->id)) {
        if (d.kind != QLatin1String("payment") || d.reversed ||
            grant->paidMinor - d.fundAmountMinor < grant->refundedMinor)
            continue;
        begin(kReversal);
        const qint64 reversal =
            Corrections(as(kFinance)).reverse(d.transactionId, QStringLiteral("Paid twice"));
        committed(kReversal, {id(reversal), id(d.transactionId)});
        return true;
    }
    return false;
}

bool CrashWorkload::finishPayments()
{
    const auto grant = pickGrant(QStringLiteral("disbursing"));
    if (!grant)
        return false;
    begin(kDisbursed);
    DisbursementService(as(kFinance)).finishPayments(grant->id, QString());
    committed(kDisbursed, {grant->reference});
    return true;
}

bool CrashWorkload::justify()
{
    const auto grant = pickGrant(QStringLiteral("disbursed"));
    if (!grant)
        return false;
    DisbursementService disbursements(as(kFinance));
    for (const Disbursement& d : disbursements.list(grant->id))
        if (d.kind == QLatin1String("payment") && !d.reversed && d.receiptCount == 0)
            return false;
    begin(kJustified);
    disbursements.markJustified(grant->id, QString());
    committed(kJustified, {grant->reference});
    return true;
}

bool CrashWorkload::closeGrant()
{
    const auto grant = pickGrant(QStringLiteral("justified"));
    if (!grant)
        return false;
    begin(kClosed);
    GrantService(as(kFirstApprover)).close(grant->id, QString());
    committed(kClosed, {grant->reference});
    return true;
}

std::optional<CrashWorkload::OpenCase> CrashWorkload::pickCase()
{
    if (m_cases.empty())
        return std::nullopt;
    return m_cases.at(static_cast<std::size_t>(m_random.below(static_cast<int>(m_cases.size()))));
}

std::optional<Grant> CrashWorkload::pickGrant(const QString& status)
{
    GrantFilter filter;
    filter.statuses = {status};
    const std::vector<Grant> found = GrantService(as(kFinance)).list(filter);
    if (found.empty())
        return std::nullopt;
    return found.at(static_cast<std::size_t>(m_random.below(static_cast<int>(found.size()))));
}

QByteArray CrashWorkload::randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = static_cast<char>(m_random.below(256));
    return bytes;
}

} // namespace test
} // namespace amparo
