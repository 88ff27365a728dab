#include "cases/CaseWorkflow.h"

namespace amparo {

QStringList allowedNextStatuses(const QString& from)
{
    if (from == QLatin1String("intake"))
        return {QStringLiteral("assessment"), QStringLiteral("referred"),
                QStringLiteral("rejected")};
    if (from == QLatin1String("assessment"))
        return {QStringLiteral("active"), QStringLiteral("referred"), QStringLiteral("rejected")};
    if (from == QLatin1String("active"))
        return {QStringLiteral("monitoring"), QStringLiteral("closed"), QStringLiteral("referred")};
    if (from == QLatin1String("monitoring"))
        return {QStringLiteral("active"), QStringLiteral("closed")};
    // Reopening.
    if (from == QLatin1String("closed") || from == QLatin1String("referred"))
        return {QStringLiteral("active")};
    if (from == QLatin1String("rejected"))
        return {QStringLiteral("assessment")};
    return {};
}

bool isAllowedTransition(const QString& from, const QString& to)
{
    return allowedNextStatuses(from).contains(to);
}

bool isFinalStatus(const QString& status)
{
    return status == QLatin1String("closed") || status == QLatin1String("referred") ||
           status == QLatin1String("rejected");
}

} // namespace amparo
