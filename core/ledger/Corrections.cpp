#include "ledger/Corrections.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/GrantService.h"
#include "ledger/Ledger.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct CorrectionText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Corrections)
};

} // namespace

qint64 Corrections::reverse(qint64 transactionId, const QString& reason,
                            const std::optional<QDate>& date)
{
    auth::requirePermission(m_session.user(), auth::Permission::RecordLedger);
    Ledger ledger(m_session);
    const PostedTransaction original = ledger.transaction(transactionId);
    if (original.reversesId)
        throw Error(ErrorKind::Refused,
                    CorrectionText::tr("Transaction %1 is itself the reversal of transaction %2 "
                                       "and cannot be reversed; post a new entry instead.")
                        .arg(original.id)
                        .arg(*original.reversesId));
    if (original.reversedById)
        throw Error(ErrorKind::Refused,
                    CorrectionText::tr("Transaction %1 was already reversed by transaction %2.")
                        .arg(original.id)
                        .arg(*original.reversedById));
    if (original.kind == QLatin1String("commitment") || original.kind == QLatin1String("release"))
        throw Error(ErrorKind::Refused,
                    CorrectionText::tr("Transaction %1 is a grant commitment; it follows the "
                                       "grant: cancel or close the grant instead of reversing it.")
                        .arg(original.id));
    const QString why =
        validate::text(CorrectionText::tr("The reason for the reversal"), reason, 2000, true, true);
    const QDate today = m_session.clock().nowUtc().date();
    const QDate on = date.value_or(today);
    // A reversal undoes a fact from the day it is recorded: never before the
    // original (it would make earlier positions wrong) nor in the future
    // (where no availability check could see it).
    if (on < original.date)
        throw Error(ErrorKind::Invalid,
                    CorrectionText::tr("The reversal cannot be dated %1, before transaction %2 "
                                       "itself (%3).")
                        .arg(on.toString(Qt::ISODate))
                        .arg(original.id)
                        .arg(original.date.toString(Qt::ISODate)));
    if (on > today)
        throw Error(ErrorKind::Invalid,
                    CorrectionText::tr("The reversal cannot be dated %1, in the future.")
                        .arg(on.toString(Qt::ISODate)));

    if (original.grantId) {
        const Grant grant = GrantService(m_session).get(*original.grantId);
        const QStringList open = {QStringLiteral("disbursing"), QStringLiteral("disbursed"),
                                  QStringLiteral("justified")};
        const bool payment = original.kind == QLatin1String("disbursement");
        if (!open.contains(grant.status) || (payment && grant.status == QLatin1String("justified")))
            throw Error(
                ErrorKind::Refused,
                CorrectionText::tr("Grant %1 is %2; its payments can no longer be "
                                   "reversed. Record a refund instead.")
                    .arg(grant.reference, termLabel(Vocabulary::GrantStatus, grant.status)));
        if (payment) {
            db::Statement released = m_session.database().prepare(
                "SELECT 1 FROM ledger_transactions WHERE grant_id = ?1 AND kind = 'release'");
            if (released.bind(1, grant.id).step())
                throw Error(ErrorKind::Refused,
                            CorrectionText::tr("The rest of grant %1 has been released to the "
                                               "fund; its payments can no longer be reversed. "
                                               "Record a refund instead.")
                                .arg(grant.reference));
            db::Statement amount = m_session.database().prepare(
                "SELECT fund_amount_minor FROM disbursements WHERE txn_id = ?1");
            amount.bind(1, original.id).step();
            if (grant.paidMinor - amount.int64(0) < grant.refundedMinor)
                throw Error(ErrorKind::Refused,
                            CorrectionText::tr("Reversing this payment would leave grant %1 "
                                               "with more refunded than paid; reverse the "
                                               "refunds first.")
                                .arg(grant.reference));
        }
    }

    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    JournalEntry entry;
    entry.date = on;
    entry.kind = QStringLiteral("reversal");
    entry.description =
        CorrectionText::tr("Reversal of transaction %1: %2").arg(original.id).arg(why);
    entry.fundId = original.fundId;
    entry.grantId = original.grantId;
    entry.reversesId = original.id;
    for (const Posting& posting : original.postings)
        entry.postings.push_back({posting.account, posting.commodity, -posting.amountMinor});
    const qint64 reversalId = ledger.post(entry);
    for (const QDate& day : {on, today}) {
        if (!original.fundId)
            break;
        const FundPosition position = FundService(m_session).position(*original.fundId, day);
        if (position.availableMinor < 0)
            throw Error(
                ErrorKind::Refused,
                CorrectionText::tr("Reversing transaction %1 would leave fund %2 with "
                                   "less than nothing available (%3); cancel or reduce "
                                   "grants first.")
                    .arg(original.id)
                    .arg(position.code, displayAmount(position.availableMinor, position.currency)));
    }
    if (original.grantId) {
        GrantService grants(m_session);
        const Grant grant = grants.get(*original.grantId);
        if (grant.status == QLatin1String("disbursed") && grant.outstandingMinor > 0)
            grants.recordTransition(grant, QStringLiteral("disbursing"),
                                    CorrectionText::tr("A payment was reversed."));
    }
    m_session.audit().append(
        m_session.actor(), QStringLiteral("ledger.reverse"), QStringLiteral("ledger_transaction"),
        QString::number(original.id),
        {{QStringLiteral("reversed_by"), std::nullopt, QString::number(reversalId)},
         {QStringLiteral("reason"), std::nullopt, why}});
    transaction.commit();
    return reversalId;
}

} // namespace amparo
