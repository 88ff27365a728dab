#include "CliContext.h"
#include "MoneyOptions.h"
#include "TableWriter.h"
#include "commands/Commands.h"
#include "funds/FundService.h"
#include "organisations/OrganisationService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct FundCliText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Fund)
};

QStringList listOption(const CliArguments& arguments, const QString& option)
{
    QStringList values;
    for (const QString& part : arguments.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts))
        values << part.trimmed();
    return values;
}

// Donors are named as organisations are: by name.
std::vector<qint64> donorIds(Session& session, const QStringList& names)
{
    std::vector<qint64> ids;
    const OrganisationService organisations(session);
    for (const QString& name : names) {
        const auto found = organisations.findByName(name);
        if (!found)
            throw Error(ErrorKind::Invalid,
                        FundCliText::tr("There is no organisation named \"%1\".").arg(name));
        ids.push_back(found->id);
    }
    return ids;
}

int addFund(CliContext& context)
{
    const CliArguments arguments(
        context.arguments,
        vaultOptions() + QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                     QStringLiteral("currency"), QStringLiteral("budget"),
                                     QStringLiteral("threshold"), QStringLiteral("countries"),
                                     QStringLiteral("programmes"),
                                     QStringLiteral("assistance-types"), QStringLiteral("donors")});
    const QString directory = arguments.positional(0, FundCliText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    auto session = context.openVault(directory, arguments);
    Fund fund;
    fund.code = arguments.required(QStringLiteral("code"));
    fund.name = arguments.required(QStringLiteral("name"));
    fund.currency = arguments.required(QStringLiteral("currency")).trimmed().toUpper();
    if (arguments.has(QStringLiteral("budget")))
        fund.annualBudgetMinor = amountOption(arguments, QStringLiteral("budget"), fund.currency);
    if (arguments.has(QStringLiteral("threshold")))
        fund.approvalThresholdMinor =
            amountOption(arguments, QStringLiteral("threshold"), fund.currency);
    fund.countries = listOption(arguments, QStringLiteral("countries"));
    fund.programmes = listOption(arguments, QStringLiteral("programmes"));
    fund.assistanceTypes = listOption(arguments, QStringLiteral("assistance-types"));
    fund.donorIds = donorIds(*session, listOption(arguments, QStringLiteral("donors")));
    const Fund created = FundService(*session).create(fund);
    context.out << created.code << '\n';
    context.out.flush();
    return 0;
}

int contribute(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 vaultOptions() +
                                     QStringList{QStringLiteral("fund"), QStringLiteral("amount"),
                                                 QStringLiteral("currency"), QStringLiteral("rate"),
                                                 QStringLiteral("date"), QStringLiteral("donor"),
                                                 QStringLiteral("reference")});
    const QString directory = arguments.positional(0, FundCliText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    auto session = context.openVault(directory, arguments);
    FundService funds(*session);
    Contribution c;
    c.fundId = funds.byCode(arguments.required(QStringLiteral("fund"))).id;
    c.currency = arguments.required(QStringLiteral("currency")).trimmed().toUpper();
    c.amountMinor = amountOption(arguments, QStringLiteral("amount"), c.currency);
    c.rate = rateOption(arguments);
    c.receivedOn = dateOption(arguments, QStringLiteral("date")).value_or(QDate());
    c.reference = arguments.value(QStringLiteral("reference"));
    if (arguments.has(QStringLiteral("donor")))
        c.donorId = donorIds(*session, {arguments.value(QStringLiteral("donor"))}).front();
    const Contribution recorded = funds.recordContribution(c);
    context.out << recorded.id << '\n';
    context.out.flush();
    return 0;
}

} // namespace

int runFund(CliContext& context)
{
    if (context.arguments.isEmpty())
        throw UsageError(FundCliText::tr("fund needs an action: add or contribute."));
    const QString action = context.arguments.takeFirst();
    if (action == QLatin1String("add"))
        return addFund(context);
    if (action == QLatin1String("contribute"))
        return contribute(context);
    throw UsageError(
        FundCliText::tr("Unknown fund action \"%1\"; use add or contribute.").arg(action));
}

int runFunds(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 vaultOptions() +
                                     QStringList{QStringLiteral("at"), QStringLiteral("format")});
    const QString directory = arguments.positional(0, FundCliText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const OutputFormat format = parseOutputFormat(arguments.value(QStringLiteral("format")));
    const auto at = dateOption(arguments, QStringLiteral("at"));
    auto session = context.openVault(directory, arguments);
    const FundService funds(*session);
    std::vector<QStringList> rows;
    for (const Fund& fund : funds.list()) {
        const FundPosition p = funds.position(fund.id, at);
        rows.push_back({fund.code, fund.name, fund.currency,
                        formatAmount(fund.annualBudgetMinor, fund.currency),
                        formatAmount(p.receivedMinor, p.currency),
                        formatAmount(p.committedMinor, p.currency),
                        formatAmount(p.disbursedMinor, p.currency),
                        formatAmount(p.availableMinor, p.currency), yesNo(fund.active)});
    }
    writeRows(context.out, format,
              {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("currency"),
               QStringLiteral("annual_budget"), QStringLiteral("received"),
               QStringLiteral("committed"), QStringLiteral("disbursed"),
               QStringLiteral("available"), QStringLiteral("active")},
              rows);
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
