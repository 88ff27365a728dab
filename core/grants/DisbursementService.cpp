#include "grants/DisbursementService.h"

#include "attachments/AttachmentService.h"
#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "grants/GrantService.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <string>

namespace amparo {
namespace {

struct DisbursementText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::DisbursementService)
};

constexpr const char* kColumns =
    "SELECT d.id, d.grant_id, g.reference, d.kind, d.paid_on, d.amount_minor, d.currency, "
    "ifnull(d.rate, ''), d.fund_amount_minor, g.currency, d.note, ifnull(d.justify_by, ''), "
    "d.txn_id, EXISTS (SELECT 1 FROM ledger_transactions r WHERE r.reverses_id = d.txn_id), "
    "(SELECT count(*) FROM attachments a WHERE a.owner_type = 'disbursement' "
    " AND a.owner_id = d.id) "
    "FROM disbursements d JOIN grants g ON g.id = d.grant_id ";

Disbursement readDisbursement(const db::Statement& row)
{
    Disbursement d;
    d.id = row.int64(0);
    d.grantId = row.int64(1);
    d.grantReference = row.text(2);
    d.kind = row.text(3);
    d.paidOn = fromStoredDate(row.text(4)).value_or(QDate());
    d.amountMinor = row.int64(5);
    d.currency = row.text(6);
    if (!row.text(7).isEmpty())
        d.rate = parseRate(QString(), row.text(7));
    d.fundAmountMinor = row.int64(8);
    d.fundCurrency = row.text(9);
    d.note = row.text(10);
    d.justifyBy = fromStoredDate(row.text(11));
    d.transactionId = row.int64(12);
    d.reversed = row.int64(13) != 0;
    d.receiptCount = row.integer(14);
    return d;
}

QString statusLabel(const QString& status)
{
    return termLabel(Vocabulary::GrantStatus, status);
}

// The money of a payment or refund, checked and converted to the fund's
// currency by the one rounding rule (convertToFundCurrency).
struct CheckedMoney
{
    PaymentInput input;
    qint64 fundAmountMinor = 0;
};

CheckedMoney checkedMoney(const PaymentInput& input, const Grant& grant, const Clock& clock)
{
    CheckedMoney m{input, 0};
    m.input.currency = requireCurrency(DisbursementText::tr("The currency"), input.currency);
    requireAmount(DisbursementText::tr("The amount"), input.amountMinor, m.input.currency);
    if (!m.input.date)
        m.input.date = clock.nowUtc().date();
    validate::pastDate(DisbursementText::tr("The date of payment"), *m.input.date, clock);
    m.input.note = validate::text(DisbursementText::tr("The note"), input.note, 2000, false, true);
    if (m.input.currency == grant.currency) {
        m.input.rate.reset();
        m.fundAmountMinor = input.amountMinor;
        return m;
    }
    if (!input.rate)
        throw Error(ErrorKind::Invalid,
                    DisbursementText::tr("The amount is in %1 but grant %2 is in %3; give the "
                                         "exchange rate of the day (how many %1 one %3 buys).")
                        .arg(m.input.currency, grant.reference, grant.currency));
    m.fundAmountMinor =
        convertToFundCurrency(input.amountMinor, m.input.currency, *input.rate, grant.currency);
    if (m.fundAmountMinor <= 0)
        throw Error(ErrorKind::Invalid,
                    DisbursementText::tr("%1 at the rate %2 is worth less than the smallest unit "
                                         "of %3.")
                        .arg(displayAmount(input.amountMinor, m.input.currency),
                             formatRate(*input.rate), grant.currency));
    return m;
}

// Finance must not pay (or take back money for) a grant they asked for or
// approved themselves.
void requireIndependentOfGrant(const auth::User& user, const Grant& grant)
{
    auth::requireDifferentPeople(user, grant.requestedBy,
                                 DisbursementText::tr("pay a grant they requested"));
    for (const GrantApproval& approval : grant.approvals)
        auth::requireDifferentPeople(user, approval.approverId,
                                     DisbursementText::tr("pay a grant they approved"));
}

// Posts `entry` and records the payment or refund it moves, with its audit
// entry; returns the disbursement's id.
qint64 recordDisbursement(Session& session, const Grant& grant, const QString& kind,
                          const JournalEntry& entry, const PaymentInput& p, qint64 fundAmountMinor,
                          const std::optional<QDate>& justifyBy)
{
    db::Database& database = session.database();
    const qint64 transactionId = Ledger(session).post(entry);
    database
        .prepare("INSERT INTO disbursements (grant_id, kind, paid_on, amount_minor, currency, "
                 "rate, fund_amount_minor, note, justify_by, txn_id, recorded_by, created_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, nullif(?9, ''), ?10, ?11, ?12)")
        .bind(1, grant.id)
        .bind(2, kind)
        .bind(3, toStoredDate(*p.date))
        .bind(4, p.amountMinor)
        .bind(5, p.currency)
        .bind(6, p.rate ? std::optional<QString>(formatRate(*p.rate)) : std::nullopt)
        .bind(7, fundAmountMinor)
        .bind(8, p.note)
        .bind(9, toStoredDate(justifyBy))
        .bind(10, transactionId)
        .bind(11, session.user().id)
        .bind(12, toStoredTimestamp(session.clock().nowUtc()))
        .run();
    const qint64 id = database.lastInsertRowId();
    session.audit().append(
        session.actor(),
        QStringLiteral("disbursement.") +
            (kind == QLatin1String("payment") ? QStringLiteral("pay") : QStringLiteral("refund")),
        QStringLiteral("disbursement"), QString::number(id),
        {{QStringLiteral("grant"), std::nullopt, grant.reference},
         {QStringLiteral("amount"), std::nullopt, formatAmount(p.amountMinor, p.currency)},
         {QStringLiteral("currency"), std::nullopt, p.currency},
         {QStringLiteral("rate"), std::nullopt, p.rate ? formatRate(*p.rate) : QString()},
         {QStringLiteral("fund_amount"), std::nullopt,
          formatAmount(fundAmountMinor, grant.currency)}});
    return id;
}

} // namespace

Disbursement DisbursementService::pay(const PaymentInput& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::RecordLedger);
    GrantService grants(m_session);
    const Grant grant = grants.get(input.grantId);
    if (grant.status != QLatin1String("approved") && grant.status != QLatin1String("disbursing"))
        throw Error(ErrorKind::Refused,
                    DisbursementText::tr("Grant %1 is %2; only approved grants can be paid.")
                        .arg(grant.reference, statusLabel(grant.status)));
    requireIndependentOfGrant(m_session.user(), grant);
    const CheckedMoney money = checkedMoney(input, grant, m_session.clock());
    if (money.fundAmountMinor > grant.outstandingMinor)
        throw Error(ErrorKind::Refused,
                    DisbursementText::tr("Paying %1 for grant %2 would go beyond what was "
                                         "approved: %3 approved, %4 already paid, %5 left.")
                        .arg(displayAmount(money.fundAmountMinor, grant.currency), grant.reference,
                             displayAmount(grant.approvedMinor.value_or(0), grant.currency),
                             displayAmount(grant.paidMinor, grant.currency),
                             displayAmount(grant.outstandingMinor, grant.currency)));
    const PaymentInput& p = money.input;
    db::Database& database = m_session.database();
    const QDate justifyBy =
        p.date->addDays(settings::integer(database, settings::kJustificationDays));
    db::Transaction transaction(database);
    JournalEntry entry;
    entry.date = *p.date;
    entry.kind = QStringLiteral("disbursement");
    entry.description =
        DisbursementText::tr("Payment for %1 (case %2)").arg(grant.reference, grant.caseReference);
    entry.fundId = grant.fundId;
    entry.grantId = grant.id;
    addMovement(entry, accounts::commitments(grant.fundCode), money.fundAmountMinor, grant.currency,
                accounts::bank(grant.fundCode), p.amountMinor, p.currency);
    const qint64 id = recordDisbursement(m_session, grant, QStringLiteral("payment"), entry, p,
                                         money.fundAmountMinor, justifyBy);
    if (money.fundAmountMinor == grant.outstandingMinor)
        grants.recordTransition(grant, QStringLiteral("disbursed"),
                                DisbursementText::tr("Paid in full."));
    else if (grant.status == QLatin1String("approved"))
        grants.recordTransition(grant, QStringLiteral("disbursing"), QString());
    m_session.notifyAfterCommit({QStringLiteral("disbursement"), id, ChangeEvent::Kind::Created});
    transaction.commit();
    return get(id);
}

Disbursement DisbursementService::refund(const PaymentInput& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::RecordLedger);
    const Grant grant = GrantService(m_session).get(input.grantId);
    const QStringList refundable = {QStringLiteral("disbursing"), QStringLiteral("disbursed"),
                                    QStringLiteral("justified")};
    if (!refundable.contains(grant.status))
        throw Error(ErrorKind::Refused,
                    DisbursementText::tr("Grant %1 is %2; refunds are recorded for grants that "
                                         "have been paid.")
                        .arg(grant.reference, statusLabel(grant.status)));
    requireIndependentOfGrant(m_session.user(), grant);
    const CheckedMoney money = checkedMoney(input, grant, m_session.clock());
    const qint64 netPaid = grant.paidMinor - grant.refundedMinor;
    if (money.fundAmountMinor > netPaid)
        throw Error(ErrorKind::Refused,
                    DisbursementText::tr("A refund of %1 is more than the %2 paid for grant %3 "
                                         "and not yet refunded.")
                        .arg(displayAmount(money.fundAmountMinor, grant.currency),
                             displayAmount(netPaid, grant.currency), grant.reference));
    const PaymentInput& p = money.input;
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    JournalEntry entry;
    entry.date = *p.date;
    entry.kind = QStringLiteral("refund");
    entry.description = DisbursementText::tr("Refund of unspent money of %1 (case %2)")
                            .arg(grant.reference, grant.caseReference);
    entry.fundId = grant.fundId;
    entry.grantId = grant.id;
    addMovement(entry, accounts::bank(grant.fundCode), p.amountMinor, p.currency,
                accounts::grantExpenses(grant.fundCode), money.fundAmountMinor, grant.currency);
    const qint64 id = recordDisbursement(m_session, grant, QStringLiteral("refund"), entry, p,
                                         money.fundAmountMinor, std::nullopt);
    m_session.notifyAfterCommit({QStringLiteral("disbursement"), id, ChangeEvent::Kind::Created});
    transaction.commit();
    return get(id);
}

void DisbursementService::finishPayments(qint64 grantId, const QString& comment)
{
    auth::requirePermission(m_session.user(), auth::Permission::RecordLedger);
    GrantService grants(m_session);
    const Grant grant = grants.get(grantId);
    if (grant.status != QLatin1String("disbursing"))
        throw Error(ErrorKind::Refused,
                    DisbursementText::tr("Grant %1 is %2; payments can only be finished while "
                                         "the grant is being disbursed.")
                        .arg(grant.reference, statusLabel(grant.status)));
    const QString note =
        validate::text(DisbursementText::tr("The comment"), comment, 2000, false, true);
    db::Transaction transaction(m_session.database());
    grants.releaseCommitment(grant, DisbursementText::tr("payments finished"));
    grants.recordTransition(grant, QStringLiteral("disbursed"), note);
    transaction.commit();
}

void DisbursementService::markJustified(qint64 grantId, const QString& comment)
{
    auth::requirePermission(m_session.user(), auth::Permission::RecordLedger);
    GrantService grants(m_session);
    const Grant grant = grants.get(grantId);
    const QString note =
        validate::text(DisbursementText::tr("The comment"), comment, 2000, false, true);
    QStringList missing;
    for (const Disbursement& d : list(grantId)) {
        if (d.kind == QLatin1String("payment") && !d.reversed && d.receiptCount == 0)
            missing << QStringLiteral("%1 (%2)").arg(d.paidOn.toString(Qt::ISODate),
                                                     displayAmount(d.amountMinor, d.currency));
    }
    if (!missing.isEmpty())
        throw Error(ErrorKind::Refused,
                    DisbursementText::tr("Grant %1 cannot be justified: the payments of %2 have "
                                         "no receipt yet.")
                        .arg(grant.reference, missing.join(QStringLiteral(", "))));
    db::Transaction transaction(m_session.database());
    grants.recordTransition(grant, QStringLiteral("justified"), note);
    transaction.commit();
}

Attachment DisbursementService::addReceipt(qint64 disbursementId, const QString& fileName,
                                           const QString& mediaType, const QByteArray& content)
{
    return AttachmentService(m_session).add(QStringLiteral("disbursement"), disbursementId,
                                            fileName, mediaType, content);
}

std::vector<Disbursement> DisbursementService::select(const std::string& condition,
                                                      const QString& parameter) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadLedger);
    db::Statement statement = m_session.database().prepare(std::string(kColumns) + condition);
    if (!parameter.isNull())
        statement.bind(1, parameter);
    std::vector<Disbursement> result;
    while (statement.step())
        result.push_back(readDisbursement(statement));
    return result;
}

Disbursement DisbursementService::get(qint64 disbursementId) const
{
    const auto found = select("WHERE d.id = ?1", QString::number(disbursementId));
    if (found.empty())
        throw Error(
            ErrorKind::NotFound,
            DisbursementText::tr("There is no disbursement with the id %1.").arg(disbursementId));
    return found.front();
}

std::vector<Disbursement> DisbursementService::list(qint64 grantId) const
{
    return select("WHERE d.grant_id = ?1 ORDER BY d.paid_on, d.id", QString::number(grantId));
}

std::vector<Disbursement> DisbursementService::overdueJustifications(const QDate& at) const
{
    auto candidates =
        select("WHERE d.kind = 'payment' AND d.justify_by < ?1 "
               "AND g.status IN ('disbursing', 'disbursed') AND NOT EXISTS (SELECT 1 FROM "
               "attachments a WHERE a.owner_type = 'disbursement' AND a.owner_id = d.id) "
               "ORDER BY d.justify_by, d.id",
               toStoredDate(at));
    std::erase_if(candidates, [](const Disbursement& d) { return d.reversed; });
    return candidates;
}

std::vector<Disbursement> DisbursementService::all() const
{
    return select("ORDER BY d.paid_on, d.id");
}

} // namespace amparo
