#include "CliContext.h"
#include "TableWriter.h"
#include "commands/Commands.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/GrantService.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct GrantsText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Grants)
};

} // namespace

int runGrants(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 vaultOptions() + QStringList{QStringLiteral("status"),
                                                              QStringLiteral("fund"),
                                                              QStringLiteral("format")});
    const QString directory = arguments.positional(0, GrantsText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const OutputFormat format = parseOutputFormat(arguments.value(QStringLiteral("format")));
    GrantFilter filter;
    for (const QString& status :
         arguments.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = status.trimmed().toLower();
        if (!isTerm(Vocabulary::GrantStatus, name))
            throw UsageError(
                GrantsText::tr("Unknown --status \"%1\"; use one or more of: %2.")
                    .arg(name, termNames(Vocabulary::GrantStatus).join(QStringLiteral(", "))));
        filter.statuses << name;
    }
    auto session = context.openVault(directory, arguments);
    if (arguments.has(QStringLiteral("fund")))
        filter.fundId = FundService(*session).byCode(arguments.value(QStringLiteral("fund"))).id;
    std::vector<QStringList> rows;
    for (const Grant& g : GrantService(*session).list(filter)) {
        rows.push_back(
            {g.reference, g.caseReference, g.fundCode, g.status, g.currency,
             formatAmount(g.requestedMinor, g.currency),
             g.approvedMinor ? formatAmount(*g.approvedMinor, g.currency) : QString(),
             formatAmount(g.paidMinor, g.currency), formatAmount(g.refundedMinor, g.currency),
             formatAmount(g.outstandingMinor, g.currency), g.requestedByLogin, g.purpose});
    }
    writeRows(context.out, format,
              {QStringLiteral("reference"), QStringLiteral("case"), QStringLiteral("fund"),
               QStringLiteral("status"), QStringLiteral("currency"), QStringLiteral("requested"),
               QStringLiteral("approved"), QStringLiteral("paid"), QStringLiteral("refunded"),
               QStringLiteral("committed"), QStringLiteral("requested_by"),
               QStringLiteral("purpose")},
              rows);
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
