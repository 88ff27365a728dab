#pragma once

#include "ledger/LedgerEntry.h"

#include <QDate>
#include <QStringList>
#include <optional>
#include <vector>

class QTextStream;

namespace amparo {

class Session;

// The double-entry journal. post() is called by the services that own the
// events (contributions, grants, disbursements) inside their transaction,
// after their own permission checks; it refuses anything unbalanced or
// dated inside a locked period. Posted transactions never change: the
// database refuses it, and corrections are reversals (see Corrections).
class Ledger
{
public:
    explicit Ledger(Session& session) : m_session(session) {}

    qint64 post(const JournalEntry& entry);

    // Finance closes a period: nothing can be posted on or before `through`
    // afterwards. Locks only move forward and never reach into the future.
    void lockPeriod(const QDate& through, const QString& reason);
    std::optional<QDate> lockedThrough() const;

    // Balances of every account and commodity at the end of `at` (all time
    // when absent), zero balances left out; only the accounts of `fundId`
    // when given (the conversion account belongs to no fund).
    std::vector<AccountBalance> balances(const std::optional<QDate>& at = std::nullopt,
                                         const std::optional<qint64>& fundId = std::nullopt) const;
    // The balance of one account in one commodity at the end of `at`.
    qint64 balance(const QString& account, const QString& commodity,
                   const std::optional<QDate>& at = std::nullopt) const;

    PostedTransaction transaction(qint64 transactionId) const;
    // Newest first.
    std::vector<PostedTransaction> transactions(int offset, int limit) const;
    qint64 transactionCount() const;

    // The whole journal in hledger/ledger format, oldest first; audited as
    // an export.
    void writeJournal(QTextStream& out);

    // What is wrong with the journal: any transaction that does not balance
    // in a commodity, any posting dated inside a locked period after the
    // lock was set. Empty when the ledger is sound.
    QStringList problems() const;

private:
    qint64 accountId(const QString& name, const std::optional<qint64>& fundId);
    void requireOpenPeriod(const QDate& date) const;

    Session& m_session;
};

} // namespace amparo
