#pragma once

#include <QString>

namespace amparo {

// The chart of accounts (docs/LEDGER.md). Every fund has its own four
// accounts, named after its code; conversions between currencies pass
// through one shared account.
//
//   assets:bank:CODE             money held for the fund, in every currency
//   income:contributions:CODE    donor contributions, in the fund's currency
//   liabilities:grants:CODE      approved grants not yet paid (commitments)
//   expenses:grants:CODE         approved grants, net of refunds and releases
//   equity:conversion            the other side of every currency conversion
//
// The names are those of `ledger balance` and of the hledger journal.
namespace accounts {

QString bank(const QString& fundCode);
QString contributions(const QString& fundCode);
QString commitments(const QString& fundCode);
QString grantExpenses(const QString& fundCode);
QString conversion();

} // namespace accounts
} // namespace amparo
