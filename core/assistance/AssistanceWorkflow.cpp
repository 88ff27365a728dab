#include "assistance/AssistanceWorkflow.h"

namespace amparo {

QStringList allowedNextAssistanceStatuses(const QString& from)
{
    if (from == QLatin1String("requested"))
        return {QStringLiteral("approved"), QStringLiteral("cancelled")};
    if (from == QLatin1String("approved"))
        return {QStringLiteral("in_progress"), QStringLiteral("cancelled")};
    if (from == QLatin1String("in_progress"))
        return {QStringLiteral("completed"), QStringLiteral("cancelled")};
    return {};
}

bool isAllowedAssistanceTransition(const QString& from, const QString& to)
{
    return allowedNextAssistanceStatuses(from).contains(to);
}

} // namespace amparo
