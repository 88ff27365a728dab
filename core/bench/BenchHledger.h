#pragma once

#include "ledger/LedgerEntry.h"

#include <QDate>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace amparo {
namespace bench {

// (account, commodity) → amount as `ledger balance --format csv` writes it.
using BalanceTable = std::map<std::pair<QString, QString>, QString>;

BalanceTable balanceTable(const std::vector<AccountBalance>& balances);

struct HledgerRun
{
    bool ran = false;
    QString error; // why it did not run, or what it said when it failed
    double milliseconds = 0;
    BalanceTable balances;
};

// The hledger program, or empty when it is not installed.
QString findHledger();

// `hledger -f journal bal --flat --layout=bare -O csv -e <at + 1 day>`,
// timed from start to exit (hledger's end date is exclusive).
HledgerRun runHledgerBalance(const QString& hledger, const QString& journal, const QDate& at);

// Rows on one side only or with different amounts, at most `limit` of them.
QStringList balanceDifferences(const BalanceTable& amparo, const BalanceTable& hledger,
                               int limit = 10);

} // namespace bench
} // namespace amparo
