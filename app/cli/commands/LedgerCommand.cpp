#include "CliContext.h"
#include "MoneyOptions.h"
#include "TableWriter.h"
#include "commands/Commands.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "ledger/Corrections.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerReports.h"
#include "money/Money.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <functional>
#include <map>

namespace amparo {
namespace cli {
namespace {

struct LedgerCliText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Ledger)
};

// Parses the vault folder and `options`, opens the vault and hands over.
int withVault(CliContext& context, const QStringList& options,
              const std::function<void(Session&, const CliArguments&, int)>& action)
{
    const CliArguments arguments(context.arguments, vaultOptions() + options);
    const QString directory = arguments.positional(0, LedgerCliText::tr("the vault folder"));
    auto session = context.openVault(directory, arguments);
    action(*session, arguments, arguments.positionalCount());
    context.out.flush();
    return 0;
}

int balance(CliContext& context)
{
    return withVault(
        context, {QStringLiteral("fund"), QStringLiteral("at"), QStringLiteral("format")},
        [&](Session& session, const CliArguments& arguments, int positionals) {
            if (positionals != 1)
                arguments.requirePositionalCount(1);
            const OutputFormat format =
                parseOutputFormat(arguments.value(QStringLiteral("format")));
            std::optional<qint64> fundId;
            if (arguments.has(QStringLiteral("fund")))
                fundId = FundService(session).byCode(arguments.value(QStringLiteral("fund"))).id;
            std::vector<QStringList> rows;
            for (const AccountBalance& b :
                 Ledger(session).balances(dateOption(arguments, QStringLiteral("at")), fundId))
                rows.push_back({b.account, b.commodity, formatAmount(b.amountMinor, b.commodity)});
            writeRows(
                context.out, format,
                {QStringLiteral("account"), QStringLiteral("commodity"), QStringLiteral("amount")},
                rows);
        });
}

int journal(CliContext& context)
{
    return withVault(
        context, {QStringLiteral("out")},
        [&](Session& session, const CliArguments& arguments, int) {
            arguments.requirePositionalCount(1);
            const QString path = arguments.required(QStringLiteral("out"));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                throw Error(ErrorKind::Storage,
                            LedgerCliText::tr("Cannot write %1: %2").arg(path, file.errorString()));
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QTextStream out(&file);
            Ledger(session).writeJournal(out);
            out.flush();
            if (out.status() != QTextStream::Ok || !file.commit())
                throw Error(ErrorKind::Storage,
                            LedgerCliText::tr("Cannot write %1: %2").arg(path, file.errorString()));
            context.out << LedgerCliText::tr("Journal of %n transaction(s) written "
                                             "to %1.",
                                             nullptr, int(Ledger(session).transactionCount()))
                               .arg(path)
                        << '\n';
        });
}

int lock(CliContext& context)
{
    return withVault(context, {QStringLiteral("through"), QStringLiteral("reason")},
                     [&](Session& session, const CliArguments& arguments, int) {
                         arguments.requirePositionalCount(1);
                         const auto through = dateOption(arguments, QStringLiteral("through"));
                         if (!through)
                             arguments.required(QStringLiteral("through"));
                         Ledger(session).lockPeriod(*through,
                                                    arguments.required(QStringLiteral("reason")));
                         context.out << LedgerCliText::tr("The ledger is locked up to %1.")
                                            .arg(through->toString(Qt::ISODate))
                                     << '\n';
                     });
}

int reverse(CliContext& context)
{
    return withVault(
        context, {QStringLiteral("reason"), QStringLiteral("date")},
        [&](Session& session, const CliArguments& arguments, int) {
            arguments.requirePositionalCount(2);
            bool ok = false;
            const qint64 id = arguments.positional(1, LedgerCliText::tr("the transaction number"))
                                  .toLongLong(&ok);
            if (!ok)
                throw UsageError(LedgerCliText::tr("The transaction must be given by its number."));
            const qint64 reversal =
                Corrections(session).reverse(id, arguments.required(QStringLiteral("reason")),
                                             dateOption(arguments, QStringLiteral("date")));
            context.out << reversal << '\n';
        });
}

int transactions(CliContext& context)
{
    return withVault(
        context, {QStringLiteral("limit"), QStringLiteral("format")},
        [&](Session& session, const CliArguments& arguments, int) {
            arguments.requirePositionalCount(1);
            const OutputFormat format =
                parseOutputFormat(arguments.value(QStringLiteral("format")));
            bool ok = true;
            const int limit =
                arguments.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
            if (!ok || limit < 1)
                throw UsageError(LedgerCliText::tr("--limit needs a number of at least 1."));
            std::vector<QStringList> rows;
            for (const PostedTransaction& t : Ledger(session).transactions(0, limit)) {
                QStringList postings;
                for (const Posting& p : t.postings)
                    postings << QStringLiteral("%1 %2 %3")
                                    .arg(p.account, formatAmount(p.amountMinor, p.commodity),
                                         p.commodity);
                rows.push_back({QString::number(t.id), t.date.toString(Qt::ISODate), t.kind,
                                t.description,
                                t.reversesId ? QString::number(*t.reversesId) : QString(),
                                t.reversedById ? QString::number(*t.reversedById) : QString(),
                                postings.join(QStringLiteral("; "))});
            }
            writeRows(context.out, format,
                      {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("kind"),
                       QStringLiteral("description"), QStringLiteral("reverses"),
                       QStringLiteral("reversed_by"), QStringLiteral("postings")},
                      rows);
        });
}

int report(CliContext& context)
{
    return withVault(
        context,
        {QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("to"),
         QStringLiteral("format")},
        [&](Session& session, const CliArguments& arguments, int) {
            arguments.requirePositionalCount(1);
            const OutputFormat format =
                parseOutputFormat(arguments.value(QStringLiteral("format")));
            const std::map<QString, ReportDimension> dimensions = {
                {QStringLiteral("country"), ReportDimension::Country},
                {QStringLiteral("assistance"), ReportDimension::AssistanceType},
                {QStringLiteral("month"), ReportDimension::Month},
                {QStringLiteral("fund"), ReportDimension::Fund},
            };
            const QString by = arguments.required(QStringLiteral("by"));
            const auto dimension = dimensions.find(by);
            if (dimension == dimensions.end())
                throw UsageError(
                    LedgerCliText::tr("Unknown --by \"%1\"; use country, assistance, month or "
                                      "fund.")
                        .arg(by));
            std::vector<QStringList> rows;
            for (const DisbursementTotal& t : disbursementReport(
                     session, dimension->second, dateOption(arguments, QStringLiteral("from")),
                     dateOption(arguments, QStringLiteral("to"))))
                rows.push_back({t.key, t.currency, QString::number(t.payments),
                                formatAmount(t.paidMinor, t.currency),
                                formatAmount(t.refundedMinor, t.currency),
                                formatAmount(t.netMinor, t.currency)});
            writeRows(context.out, format,
                      {by, QStringLiteral("currency"), QStringLiteral("payments"),
                       QStringLiteral("paid"), QStringLiteral("refunded"), QStringLiteral("net")},
                      rows);
        });
}

int overdue(CliContext& context)
{
    return withVault(
        context, {QStringLiteral("at"), QStringLiteral("format")},
        [&](Session& session, const CliArguments& arguments, int) {
            arguments.requirePositionalCount(1);
            const OutputFormat format =
                parseOutputFormat(arguments.value(QStringLiteral("format")));
            const QDate at = dateOption(arguments, QStringLiteral("at"))
                                 .value_or(session.clock().nowUtc().date());
            std::vector<QStringList> rows;
            for (const Disbursement& d : DisbursementService(session).overdueJustifications(at))
                rows.push_back({QString::number(d.id), d.grantReference,
                                d.paidOn.toString(Qt::ISODate),
                                formatAmount(d.amountMinor, d.currency), d.currency,
                                d.justifyBy ? d.justifyBy->toString(Qt::ISODate) : QString(),
                                QString::number(d.justifyBy ? d.justifyBy->daysTo(at) : 0)});
            writeRows(context.out, format,
                      {QStringLiteral("disbursement"), QStringLiteral("grant"),
                       QStringLiteral("paid_on"), QStringLiteral("amount"),
                       QStringLiteral("currency"), QStringLiteral("receipts_due"),
                       QStringLiteral("days_overdue")},
                      rows);
        });
}

} // namespace

int runLedger(CliContext& context)
{
    if (context.arguments.isEmpty())
        throw UsageError(LedgerCliText::tr("ledger needs an action: balance, journal, "
                                           "transactions, report, overdue, lock or reverse."));
    const QString action = context.arguments.takeFirst();
    const std::map<QString, std::function<int(CliContext&)>> actions = {
        {QStringLiteral("balance"), balance},
        {QStringLiteral("journal"), journal},
        {QStringLiteral("lock"), lock},
        {QStringLiteral("reverse"), reverse},
        {QStringLiteral("transactions"), transactions},
        {QStringLiteral("report"), report},
        {QStringLiteral("overdue"), overdue},
    };
    const auto found = actions.find(action);
    if (found == actions.end())
        throw UsageError(LedgerCliText::tr("Unknown ledger action \"%1\".").arg(action));
    return found->second(context);
}

} // namespace cli
} // namespace amparo
