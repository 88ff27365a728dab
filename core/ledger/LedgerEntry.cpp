#include "ledger/LedgerEntry.h"

#include "ledger/ChartOfAccounts.h"

namespace amparo {

void addMovement(JournalEntry& entry, const QString& debitAccount, qint64 debitMinor,
                 const QString& debitCurrency, const QString& creditAccount, qint64 creditMinor,
                 const QString& creditCurrency)
{
    entry.postings.push_back({debitAccount, debitCurrency, debitMinor});
    if (debitCurrency != creditCurrency) {
        entry.postings.push_back({accounts::conversion(), debitCurrency, -debitMinor});
        entry.postings.push_back({accounts::conversion(), creditCurrency, creditMinor});
    }
    entry.postings.push_back({creditAccount, creditCurrency, -creditMinor});
}

} // namespace amparo
