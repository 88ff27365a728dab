#include "grants/GrantWorkflow.h"

#include <QHash>

namespace amparo {
namespace {

const QHash<QString, QStringList>& transitions()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("draft"), {QStringLiteral("submitted"), QStringLiteral("cancelled")}},
        {QStringLiteral("submitted"),
         {QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("returned"),
          QStringLiteral("cancelled")}},
        {QStringLiteral("returned"), {QStringLiteral("submitted"), QStringLiteral("cancelled")}},
        {QStringLiteral("approved"),
         {QStringLiteral("disbursing"), QStringLiteral("disbursed"), QStringLiteral("cancelled")}},
        {QStringLiteral("disbursing"), {QStringLiteral("disbursed"), QStringLiteral("cancelled")}},
        {QStringLiteral("disbursed"), {QStringLiteral("justified"), QStringLiteral("disbursing")}},
        {QStringLiteral("justified"), {QStringLiteral("closed")}},
        {QStringLiteral("rejected"), {}},
        {QStringLiteral("closed"), {}},
        {QStringLiteral("cancelled"), {}},
    };
    return table;
}

} // namespace

bool isAllowedGrantTransition(const QString& from, const QString& to)
{
    return transitions().value(from).contains(to);
}

QStringList allowedNextGrantStatuses(const QString& from)
{
    return transitions().value(from);
}

bool isCommittedGrantStatus(const QString& status)
{
    return status == QLatin1String("approved") || status == QLatin1String("disbursing");
}

} // namespace amparo
