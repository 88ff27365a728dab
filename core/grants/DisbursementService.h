#pragma once

#include "attachments/Attachment.h"
#include "grants/Disbursement.h"

#include <QByteArray>
#include <vector>

namespace amparo {

class Session;

// Payments and refunds of approved grants, recorded by finance — never by
// the person who requested or approved the grant. Payments never exceed
// what is still committed to the grant, in the fund's currency; refunds
// never exceed what was paid. Each posts one balanced ledger transaction.
class DisbursementService
{
public:
    explicit DisbursementService(Session& session) : m_session(session) {}

    Disbursement pay(const PaymentInput& input);
    Disbursement refund(const PaymentInput& input);
    // No more tranches: the grant is disbursed and what was approved but not
    // paid returns to the fund.
    void finishPayments(qint64 grantId, const QString& comment);
    // Every payment has at least one receipt: the grant is justified.
    void markJustified(qint64 grantId, const QString& comment);

    // A receipt that justifies a payment, kept encrypted like any attachment.
    Attachment addReceipt(qint64 disbursementId, const QString& fileName, const QString& mediaType,
                          const QByteArray& content);

    Disbursement get(qint64 disbursementId) const;
    // Oldest first.
    std::vector<Disbursement> list(qint64 grantId) const;
    // Payments whose receipts were due before `at` and are still missing.
    std::vector<Disbursement> overdueJustifications(const QDate& at) const;
    // Every disbursement, oldest first, for exports.
    std::vector<Disbursement> all() const;

private:
    // `condition` may use one parameter, ?1, bound to `parameter` when given.
    std::vector<Disbursement> select(const std::string& condition,
                                     const QString& parameter = QString()) const;

    Session& m_session;
};

} // namespace amparo
