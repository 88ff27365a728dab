#include "LedgerWorld.h"

#include "audit/AuditAccess.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "grants/GrantWorkflow.h"
#include "ledger/Corrections.h"
#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "vault/Session.h"

#include <chrono>
#include <cmath>

namespace amparo {
namespace test {
namespace {

// What one euro buys, roughly: rates of the day wander around these.
const std::map<QString, double>& unitsPerEuro()
{
    static const std::map<QString, double> table = {
        {QStringLiteral("EUR"), 1.0},     {QStringLiteral("USD"), 1.0812},
        {QStringLiteral("JPY"), 161.37},  {QStringLiteral("KWD"), 0.3317},
        {QStringLiteral("MXN"), 20.1234}, {QStringLiteral("GBP"), 0.8531},
    };
    return table;
}

const QStringList kFinance = {QStringLiteral("fatima"), QStringLiteral("farid")};
const QStringList kCaseworkers = {QStringLiteral("bea"), QStringLiteral("carlos")};
const QStringList kFundManagers = {QStringLiteral("dara"), QStringLiteral("diego")};
const QString kReader = QStringLiteral("eli"); // the auditor reads everything, changes nothing

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    while (exponent-- > 0)
        result *= 10;
    return result;
}

QString money(qint64 minor, const QString& currency)
{
    return formatAmount(minor, currency) + QLatin1Char(' ') + currency;
}

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

LedgerWorld::LedgerWorld(std::uint32_t seed) : m_random(seed)
{
    for (const QString& login :
         {QStringLiteral("ana"), QStringLiteral("bea"), QStringLiteral("carlos"),
          QStringLiteral("dara"), QStringLiteral("diego"), QStringLiteral("eli"),
          QStringLiteral("fatima"), QStringLiteral("farid")})
        m_sessions[login] = m_fixture.as(login);

    // Two funds need two approvers above a low threshold; the yen fund
    // practically never does.
    const struct
    {
        const char* code;
        const char* currency;
        qint64 threshold;
    } funds[] = {{"UAF", "EUR", 1'000'00}, {"JPF", "JPY", 50'000'000}, {"KWF", "KWD", 300'000}};
    FundService fundService(as(QStringLiteral("ana")));
    for (const auto& f : funds) {
        Fund fund;
        fund.code = QString::fromLatin1(f.code);
        fund.name = QStringLiteral("Fund ") + fund.code;
        fund.currency = QString::fromLatin1(f.currency);
        fund.approvalThresholdMinor = f.threshold;
        m_funds.push_back(fundService.create(fund));
    }
    CaseService cases(as(QStringLiteral("bea")));
    for (const char* title :
         {"Detention of a journalist", "Threats against a lawyer", "Torture in police custody"})
        m_cases.push_back(cases.create(sampleCase(QString::fromLatin1(title))).id);
}

Session& LedgerWorld::as(const QString& login)
{
    return *m_sessions.at(login);
}

QDate LedgerWorld::today() const
{
    return m_fixture.vault.clock.nowUtc().date();
}

std::uint32_t LedgerWorld::below(std::uint32_t bound)
{
    return static_cast<std::uint32_t>(m_random() % bound);
}

int LedgerWorld::between(int low, int high)
{
    return low + static_cast<int>(below(static_cast<std::uint32_t>(high - low + 1)));
}

bool LedgerWorld::chance(int percent)
{
    return between(1, 100) <= percent;
}

double LedgerWorld::fraction()
{
    return static_cast<double>(m_random()) / 4294967296.0;
}

const QString& LedgerWorld::pickOf(const QStringList& choices)
{
    return choices.at(static_cast<qsizetype>(below(static_cast<std::uint32_t>(choices.size()))));
}

void LedgerWorld::passTime()
{
    if (chance(40))
        m_fixture.vault.clock.advance(std::chrono::hours(24 * between(1, 3)));
}

qint64 LedgerWorld::amountWorth(double euros, const QString& currency)
{
    const double whole = euros * unitsPerEuro().at(currency);
    return std::max<qint64>(
        1, std::llround(whole * static_cast<double>(powerOfTen(*currencyMinorUnits(currency)))));
}

ExchangeRate LedgerWorld::rateOfDay(const QString& paidCurrency, const QString& fundCurrency)
{
    const double rate = unitsPerEuro().at(paidCurrency) / unitsPerEuro().at(fundCurrency) *
                        (0.95 + 0.1 * fraction());
    return parseRate(QStringLiteral("rate"), QString::number(rate, 'f', 8));
}

QString LedgerWorld::otherCurrency(const QString& currency)
{
    QStringList others;
    for (const auto& [code, rate] : unitsPerEuro())
        if (code != currency)
            others << code;
    return pickOf(others);
}

// Mostly a grant in one of `statuses`, sometimes (or when there is none)
// any grant at all, so that the services' refusals get exercised too.
std::optional<Grant> LedgerWorld::pickGrant(const QStringList& statuses)
{
    GrantService grants(as(kReader));
    GrantFilter filter;
    filter.statuses = statuses;
    std::vector<Grant> found = chance(90) ? grants.list(filter) : std::vector<Grant>();
    if (found.empty())
        found = grants.list();
    if (found.empty())
        return std::nullopt;
    return found.at(below(static_cast<std::uint32_t>(found.size())));
}

QStringList LedgerWorld::operationKinds()
{
    return {QStringLiteral("contribute"),
            QStringLiteral("request"),
            QStringLiteral("submit"),
            QStringLiteral("approve"),
            QStringLiteral("reject"),
            QStringLiteral("return"),
            QStringLiteral("pay"),
            QStringLiteral("refund"),
            QStringLiteral("reverse"),
            QStringLiteral("cancel"),
            QStringLiteral("finishPayments"),
            QStringLiteral("receipt"),
            QStringLiteral("justify"),
            QStringLiteral("close"),
            QStringLiteral("lock"),
            QStringLiteral("postIntoLocked")};
}

void LedgerWorld::runRandomOperation(LedgerStep& step)
{
    using Operation = void (LedgerWorld::*)(LedgerStep&);
    static const std::vector<std::pair<int, Operation>> weighted = {
        {12, &LedgerWorld::contribute},    {14, &LedgerWorld::request},
        {3, &LedgerWorld::submit},         {16, &LedgerWorld::approve},
        {3, &LedgerWorld::reject},         {3, &LedgerWorld::returnForChanges},
        {16, &LedgerWorld::pay},           {6, &LedgerWorld::refund},
        {8, &LedgerWorld::reverse},        {4, &LedgerWorld::cancel},
        {4, &LedgerWorld::finishPayments}, {6, &LedgerWorld::addReceipt},
        {4, &LedgerWorld::justify},        {4, &LedgerWorld::close},
        {2, &LedgerWorld::lock},           {2, &LedgerWorld::postIntoLockedPeriod},
    };
    int total = 0;
    for (const auto& [weight, operation] : weighted)
        total += weight;
    int ticket = between(1, total);
    for (const auto& [weight, operation] : weighted) {
        ticket -= weight;
        if (ticket <= 0) {
            (this->*operation)(step);
            return;
        }
    }
}

void LedgerWorld::contribute(LedgerStep& step)
{
    step.kind = QStringLiteral("contribute");
    const Fund& fund = m_funds.at(below(3));
    Contribution c;
    c.fundId = fund.id;
    c.currency = chance(50) ? fund.currency : otherCurrency(fund.currency);
    c.amountMinor = amountWorth(1000 + 25000 * fraction(), c.currency);
    if (c.currency != fund.currency && !chance(5))
        c.rate = rateOfDay(c.currency, fund.currency);
    c.receivedOn = chance(90) ? today().addDays(-between(0, 10)) : today().addDays(1);
    c.reference = QStringLiteral("DON-%1").arg(between(1, 9999));
    const QString login = pickOf(kFinance);
    step.description =
        QStringLiteral("%1 records %2 for %3 on %4 at %5")
            .arg(login, money(c.amountMinor, c.currency), fund.code, day(c.receivedOn),
                 c.rate ? formatRate(*c.rate) : QStringLiteral("-"));
    FundService(as(login)).recordContribution(c);
}

void LedgerWorld::request(LedgerStep& step)
{
    step.kind = QStringLiteral("request");
    const Fund& fund = m_funds.at(below(3));
    GrantRequest r;
    r.caseId = m_cases.at(below(static_cast<std::uint32_t>(m_cases.size())));
    r.fundId = fund.id;
    r.currency = chance(97) ? fund.currency : otherCurrency(fund.currency);
    r.purpose = QStringLiteral("Legal fees and travel");
    r.submit = chance(90);
    const int lines = between(1, 3);
    for (int i = 0; i < lines; ++i)
        r.lines.push_back({QStringLiteral("Line %1").arg(i + 1),
                           amountWorth(50 + 1200 * fraction(), fund.currency)});
    const QString login = pickOf(kCaseworkers);
    step.description =
        QStringLiteral("%1 requests %2 lines in %3 from %4%5")
            .arg(login)
            .arg(lines)
            .arg(r.currency, fund.code, r.submit ? QString() : QStringLiteral(" (draft)"));
    GrantService(as(login)).request(r);
}

void LedgerWorld::submit(LedgerStep& step)
{
    step.kind = QStringLiteral("submit");
    const auto grant = pickGrant({QStringLiteral("draft"), QStringLiteral("returned")});
    if (!grant)
        return;
    const QString login = pickOf(kCaseworkers);
    step.description =
        QStringLiteral("%1 submits %2 (%3)").arg(login, grant->reference, grant->status);
    GrantService(as(login)).submit(grant->id);
}

void LedgerWorld::approve(LedgerStep& step)
{
    step.kind = QStringLiteral("approve");
    const auto grant = pickGrant({QStringLiteral("submitted")});
    if (!grant)
        return;
    std::optional<qint64> amount;
    const int dice = between(1, 100);
    if (dice > 90)
        amount = grant->requestedMinor + 1;
    else if (dice > 65)
        amount = 1 + std::llround(fraction() * static_cast<double>(grant->requestedMinor - 1));
    const QString login = pickOf(kFundManagers);
    step.description =
        QStringLiteral("%1 approves %2 (%3, requested %4, %5 approval(s) so far) for %6")
            .arg(login, grant->reference, grant->status,
                 money(grant->requestedMinor, grant->currency))
            .arg(grant->approvals.size())
            .arg(amount ? money(*amount, grant->currency) : QStringLiteral("the default"));
    GrantService(as(login)).approve(grant->id, amount, QString());
}

void LedgerWorld::reject(LedgerStep& step)
{
    step.kind = QStringLiteral("reject");
    const auto grant = pickGrant({QStringLiteral("submitted")});
    if (!grant)
        return;
    const QString login = pickOf(kFundManagers);
    step.description =
        QStringLiteral("%1 rejects %2 (%3)").arg(login, grant->reference, grant->status);
    GrantService(as(login)).reject(grant->id, QStringLiteral("Outside the fund's mandate"));
}

void LedgerWorld::returnForChanges(LedgerStep& step)
{
    step.kind = QStringLiteral("return");
    const auto grant = pickGrant({QStringLiteral("submitted")});
    if (!grant)
        return;
    const QString login = pickOf(kFundManagers);
    step.description =
        QStringLiteral("%1 returns %2 (%3)").arg(login, grant->reference, grant->status);
    GrantService(as(login)).returnForChanges(grant->id, QStringLiteral("Add the quotes"));
}

void LedgerWorld::pay(LedgerStep& step)
{
    step.kind = QStringLiteral("pay");
    const auto grant = pickGrant({QStringLiteral("approved"), QStringLiteral("disbursing")});
    if (!grant)
        return;
    PaymentInput p;
    p.grantId = grant->id;
    const qint64 outstanding = std::max<qint64>(grant->outstandingMinor, 1);
    const int dice = between(1, 100);
    if (dice <= 25) {
        // The rest exactly, which completes the grant.
        p.currency = grant->currency;
        p.amountMinor = outstanding;
    } else {
        p.currency = chance(50) ? grant->currency : otherCurrency(grant->currency);
        const double share = dice <= 85 ? 0.05 + 0.6 * fraction() : 1.05 + fraction();
        const double fundMajor =
            static_cast<double>(outstanding) /
            static_cast<double>(powerOfTen(*currencyMinorUnits(grant->currency)));
        p.amountMinor =
            amountWorth(share * fundMajor / unitsPerEuro().at(grant->currency), p.currency);
        if (p.currency != grant->currency && !chance(5))
            p.rate = rateOfDay(p.currency, grant->currency);
    }
    if (chance(25))
        p.date = today().addDays(-between(0, 10));
    const QString login = pickOf(kFinance);
    step.description = QStringLiteral("%1 pays %2 for %3 (%4, %5 outstanding) on %6 at %7")
                           .arg(login, money(p.amountMinor, p.currency), grant->reference,
                                grant->status, money(grant->outstandingMinor, grant->currency),
                                p.date ? day(*p.date) : QStringLiteral("today"),
                                p.rate ? formatRate(*p.rate) : QStringLiteral("-"));
    DisbursementService(as(login)).pay(p);
}

void LedgerWorld::refund(LedgerStep& step)
{
    step.kind = QStringLiteral("refund");
    const auto grant = pickGrant(
        {QStringLiteral("disbursing"), QStringLiteral("disbursed"), QStringLiteral("justified")});
    if (!grant)
        return;
    PaymentInput p;
    p.grantId = grant->id;
    p.currency = chance(60) ? grant->currency : otherCurrency(grant->currency);
    const qint64 net = std::max<qint64>(grant->paidMinor - grant->refundedMinor, 1);
    const double share = chance(85) ? 0.05 + 0.9 * fraction() : 1.1;
    const double fundMajor = static_cast<double>(net) /
                             static_cast<double>(powerOfTen(*currencyMinorUnits(grant->currency)));
    p.amountMinor = amountWorth(share * fundMajor / unitsPerEuro().at(grant->currency), p.currency);
    if (p.currency != grant->currency)
        p.rate = rateOfDay(p.currency, grant->currency);
    if (chance(25))
        p.date = today().addDays(-between(0, 10));
    const QString login = pickOf(kFinance);
    step.description =
        QStringLiteral("%1 records a refund of %2 for %3 (%4, %5 paid net) on %6")
            .arg(login, money(p.amountMinor, p.currency), grant->reference, grant->status,
                 money(net, grant->currency), p.date ? day(*p.date) : QStringLiteral("today"));
    DisbursementService(as(login)).refund(p);
}

void LedgerWorld::reverse(LedgerStep& step)
{
    step.kind = QStringLiteral("reverse");
    const qint64 count = Ledger(as(kReader)).transactionCount();
    const qint64 id = between(1, static_cast<int>(count) + 1);
    // Sometimes in the past (before the original is refused), sometimes
    // tomorrow (refused: a reversal is never dated in the future).
    std::optional<QDate> date;
    if (chance(30))
        date = today().addDays(-between(0, 15));
    else if (chance(10))
        date = today().addDays(1);
    const QString login = pickOf(kFinance);
    step.description = QStringLiteral("%1 reverses transaction %2 of %3 on %4")
                           .arg(login)
                           .arg(id)
                           .arg(count)
                           .arg(date ? day(*date) : QStringLiteral("today"));
    Corrections(as(login)).reverse(id, QStringLiteral("Entered twice"), date);
}

void LedgerWorld::cancel(LedgerStep& step)
{
    step.kind = QStringLiteral("cancel");
    const auto grant =
        pickGrant({QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("returned"),
                   QStringLiteral("approved"), QStringLiteral("disbursing")});
    if (!grant)
        return;
    const QString login = pickOf(kCaseworkers + kFundManagers);
    step.description =
        QStringLiteral("%1 cancels %2 (%3)").arg(login, grant->reference, grant->status);
    GrantService(as(login)).cancel(grant->id, QStringLiteral("The person left the country"));
}

void LedgerWorld::finishPayments(LedgerStep& step)
{
    step.kind = QStringLiteral("finishPayments");
    const auto grant = pickGrant({QStringLiteral("disbursing")});
    if (!grant)
        return;
    const QString login = pickOf(kFinance);
    step.description = QStringLiteral("%1 finishes the payments of %2 (%3, %4 outstanding)")
                           .arg(login, grant->reference, grant->status,
                                money(grant->outstandingMinor, grant->currency));
    DisbursementService(as(login)).finishPayments(grant->id, QString());
}

void LedgerWorld::addReceipt(LedgerStep& step)
{
    step.kind = QStringLiteral("receipt");
    GrantFilter filter;
    filter.statuses = {QStringLiteral("disbursing"), QStringLiteral("disbursed")};
    const QString login = pickOf(kFinance);
    DisbursementService disbursements(as(login));
    std::vector<Disbursement> unjustified;
    for (const Grant& grant : GrantService(as(kReader)).list(filter))
        for (const Disbursement& d : disbursements.list(grant.id))
            if (d.kind == QLatin1String("payment") && !d.reversed && d.receiptCount == 0)
                unjustified.push_back(d);
    if (unjustified.empty())
        return;
    const Disbursement& d = unjustified.at(below(static_cast<std::uint32_t>(unjustified.size())));
    step.description = QStringLiteral("%1 adds a receipt to payment %2 of %3")
                           .arg(login)
                           .arg(d.id)
                           .arg(d.grantReference);
    disbursements.addReceipt(d.id, QStringLiteral("receipt.pdf"), QStringLiteral("application/pdf"),
                             QByteArrayLiteral("%PDF-1.4 receipt"));
}

void LedgerWorld::justify(LedgerStep& step)
{
    step.kind = QStringLiteral("justify");
    const auto grant = pickGrant({QStringLiteral("disbursed")});
    if (!grant)
        return;
    const QString login = pickOf(kFinance);
    step.description =
        QStringLiteral("%1 marks %2 (%3) justified").arg(login, grant->reference, grant->status);
    DisbursementService(as(login)).markJustified(grant->id, QString());
}

void LedgerWorld::close(LedgerStep& step)
{
    step.kind = QStringLiteral("close");
    const auto grant = pickGrant({QStringLiteral("justified")});
    if (!grant)
        return;
    const QString login = pickOf(kFundManagers);
    step.description =
        QStringLiteral("%1 closes %2 (%3)").arg(login, grant->reference, grant->status);
    GrantService(as(login)).close(grant->id, QString());
}

void LedgerWorld::lock(LedgerStep& step)
{
    step.kind = QStringLiteral("lock");
    const QDate through = chance(5) ? today() : today().addDays(-between(1, 20));
    const QString login = pickOf(kFinance);
    step.description = QStringLiteral("%1 locks the ledger through %2").arg(login, day(through));
    Ledger(as(login)).lockPeriod(through, QStringLiteral("Month closed"));
}

// Whatever the way in, nothing may land on or before the locked date.
void LedgerWorld::postIntoLockedPeriod(LedgerStep& step)
{
    step.kind = QStringLiteral("postIntoLocked");
    const auto locked = Ledger(as(kReader)).lockedThrough();
    if (!locked)
        return;
    step.mustBeRefused = true;
    const QDate date = locked->addDays(-between(0, 5));
    const QString login = pickOf(kFinance);
    const auto grant = pickGrant({QStringLiteral("approved"), QStringLiteral("disbursing")});
    const int way = between(1, 3);
    if (way == 1 && grant && grant->outstandingMinor > 0) {
        step.description = QStringLiteral("%1 pays %2 on %3, inside the lock through %4")
                               .arg(login, grant->reference, day(date), day(*locked));
        DisbursementService(as(login)).pay(
            {grant->id, 1, grant->currency, std::nullopt, date, QString()});
    } else if (way == 2) {
        const qint64 count = Ledger(as(kReader)).transactionCount();
        const qint64 id = between(1, static_cast<int>(std::max<qint64>(count, 1)));
        step.description = QStringLiteral("%1 reverses transaction %2 on %3, inside the lock "
                                          "through %4")
                               .arg(login)
                               .arg(id)
                               .arg(day(date), day(*locked));
        Corrections(as(login)).reverse(id, QStringLiteral("Late correction"), date);
    } else {
        Contribution c;
        c.fundId = m_funds.front().id;
        c.currency = m_funds.front().currency;
        c.amountMinor = 100'00;
        c.receivedOn = date;
        step.description = QStringLiteral("%1 records a contribution on %2, inside the lock "
                                          "through %3")
                               .arg(login, day(date), day(*locked));
        FundService(as(login)).recordContribution(c);
    }
}

LedgerSnapshot LedgerWorld::snapshot()
{
    Session& reader = as(kReader);
    db::Statement counts = reader.database().prepare(
        "SELECT (SELECT count(*) FROM ledger_transactions), (SELECT count(*) FROM "
        "ledger_postings), (SELECT count(*) FROM ledger_period_locks), (SELECT count(*) FROM "
        "contributions), (SELECT count(*) FROM disbursements), (SELECT count(*) FROM "
        "grant_approvals), (SELECT count(*) FROM grant_events), (SELECT count(*) FROM grants), "
        "(SELECT count(*) FROM attachments)");
    counts.step();
    LedgerSnapshot s;
    s.counts.push_back(reader.audit().count());
    for (int column = 0; column < counts.columnCount(); ++column)
        s.counts.push_back(counts.int64(column));
    db::Statement grants = reader.database().prepare(
        "SELECT id, status, ifnull(approved_minor, 0) FROM grants ORDER BY id");
    while (grants.step())
        s.grants.push_back(QStringLiteral("%1 %2 %3")
                               .arg(grants.int64(0))
                               .arg(grants.text(1))
                               .arg(grants.int64(2)));
    return s;
}

QStringList LedgerWorld::violations()
{
    Session& reader = as(kReader);
    QStringList found = Ledger(reader).problems();
    std::map<qint64, qint64> outstandingByFund;
    for (const Grant& g : GrantService(reader).list()) {
        const QString grant = QStringLiteral("%1 (%2)").arg(g.reference, g.status);
        const qint64 approved = g.approvedMinor.value_or(0);
        if (g.paidMinor - g.refundedMinor < 0)
            found << grant + QStringLiteral(": refunded %1, more than the %2 paid")
                                 .arg(money(g.refundedMinor, g.currency),
                                      money(g.paidMinor, g.currency));
        if (g.paidMinor > approved)
            found << grant + QStringLiteral(": paid %1, more than the %2 approved")
                                 .arg(money(g.paidMinor, g.currency), money(approved, g.currency));
        if (g.outstandingMinor < 0)
            found << grant + QStringLiteral(": outstanding %1")
                                 .arg(money(g.outstandingMinor, g.currency));
        if (isCommittedGrantStatus(g.status) && g.paidMinor + g.outstandingMinor != approved)
            found << grant + QStringLiteral(": paid %1 and outstanding %2 are not the %3 approved")
                                 .arg(money(g.paidMinor, g.currency),
                                      money(g.outstandingMinor, g.currency),
                                      money(approved, g.currency));
        if (!isCommittedGrantStatus(g.status) && g.outstandingMinor != 0)
            found << grant + QStringLiteral(": still has %1 committed")
                                 .arg(money(g.outstandingMinor, g.currency));
        outstandingByFund[g.fundId] += g.outstandingMinor;
    }
    FundService funds(reader);
    for (const Fund& fund : m_funds) {
        // Postings may be dated up to a day ahead (a day of grace for time
        // zones), so tomorrow's position is the whole ledger's.
        for (const QDate& at : {today(), today().addDays(1)}) {
            const FundPosition p = funds.position(fund.id, at);
            if (p.availableMinor < 0)
                found << QStringLiteral("fund %1 has %2 available at the end of %3")
                             .arg(fund.code, money(p.availableMinor, fund.currency), day(at));
        }
        const FundPosition whole = funds.position(fund.id, today().addDays(1));
        if (whole.committedMinor != outstandingByFund[fund.id])
            found << QStringLiteral("fund %1 has %2 committed, its grants %3 outstanding")
                         .arg(fund.code, money(whole.committedMinor, fund.currency),
                              money(outstandingByFund[fund.id], fund.currency));
    }
    return found;
}

QString LedgerWorld::auditProblem()
{
    const audit::ChainVerification verification = audit::verifyTrail(as(kReader));
    return verification.intact ? QString() : verification.problem;
}

QString LedgerWorld::integrityCheck()
{
    db::Statement check = as(kReader).database().prepare("PRAGMA integrity_check");
    check.step();
    return check.text(0);
}

} // namespace test
} // namespace amparo
