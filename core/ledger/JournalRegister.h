#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {

class Session;

// What the register shows; every part is optional and they add up.
struct RegisterFilter
{
    std::optional<qint64> fundId; // the postings to that fund's accounts
    QString account;              // one account by name ("assets:bank:UAF")
    std::optional<QDate> from;    // both dates included
    std::optional<QDate> to;
    std::optional<qint64> grantId; // the grant's transactions, reversals included
    std::optional<qint64> caseId;  // the transactions of every grant of the case
};

// One posting of the register, with the balance after it.
struct RegisterLine
{
    QDate date;
    qint64 transactionId = 0;
    QString kind; // contribution, commitment, disbursement, refund, release, reversal
    QString description;
    QString account;
    QString commodity;
    qint64 amountMinor = 0;
    // The sum of the shown postings in this commodity up to this one, starting
    // from what the same filter gives before `from`; per account too when the
    // filter names one account.
    qint64 runningBalanceMinor = 0;
    std::optional<qint64> reversesId;   // this transaction is a reversal of that one
    std::optional<qint64> reversedById; // this transaction was reversed by that one
};

// The journal register (PRODUCT §4): the postings of the ledger, oldest
// first, narrowed by fund, account, period, grant or case, with running
// balances. Read by those who read the ledger.
class JournalRegister
{
public:
    explicit JournalRegister(Session& session) : m_session(session) {}

    std::vector<RegisterLine> lines(const RegisterFilter& filter) const;

    // The case of that reference, when a grant was made for it: ledger
    // readers find the grants of a case they may not otherwise open, and
    // learn nothing of cases without grants. Throws Error(NotFound).
    qint64 caseWithGrants(const QString& caseReference) const;

    // Writes the register's lines as CSV (docs/CSV.md conventions: plain
    // decimals, ISO dates) to `path`, atomically and readable by its owner
    // only, and appends "export.csv" to the audit trail in the same act.
    // Returns the number of lines written.
    int exportCsv(const RegisterFilter& filter, const QString& path);

private:
    Session& m_session;
};

} // namespace amparo
