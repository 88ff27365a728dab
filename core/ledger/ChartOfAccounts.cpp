#include "ledger/ChartOfAccounts.h"

namespace amparo {
namespace accounts {

QString bank(const QString& fundCode)
{
    return QStringLiteral("assets:bank:") + fundCode;
}

QString contributions(const QString& fundCode)
{
    return QStringLiteral("income:contributions:") + fundCode;
}

QString commitments(const QString& fundCode)
{
    return QStringLiteral("liabilities:grants:") + fundCode;
}

QString grantExpenses(const QString& fundCode)
{
    return QStringLiteral("expenses:grants:") + fundCode;
}

QString conversion()
{
    return QStringLiteral("equity:conversion");
}

} // namespace accounts
} // namespace amparo
