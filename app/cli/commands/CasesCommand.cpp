#include "CliContext.h"
#include "TableWriter.h"
#include "cases/CaseService.h"
#include "commands/Commands.h"
#include "domain/Vocabulary.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <limits>

namespace amparo {
namespace cli {
namespace {

struct CasesText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Cases)
};

constexpr int kTableLimit = 50;

// A closed-list option: a wrong value is a usage mistake (exit 2), named with the allowed ones.
QString termOption(const CliArguments& arguments, const QString& option, Vocabulary vocabulary)
{
    const QString value = arguments.value(option).trimmed().toLower();
    if (!value.isEmpty() && !isTerm(vocabulary, value))
        throw UsageError(CasesText::tr("Unknown --%1 \"%2\"; use one of: %3.")
                             .arg(option, value, termNames(vocabulary).join(QStringLiteral(", "))));
    return value;
}

CaseFilter filterFrom(const CliArguments& arguments)
{
    CaseFilter filter;
    filter.search = arguments.value(QStringLiteral("search"));
    const QString statuses = arguments.value(QStringLiteral("status"));
    for (const QString& status : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = status.trimmed().toLower();
        if (!isTerm(Vocabulary::CaseStatus, name))
            throw UsageError(
                CasesText::tr("Unknown --status \"%1\"; use one or more of: %2.")
                    .arg(name, termNames(Vocabulary::CaseStatus).join(QStringLiteral(", "))));
        filter.statuses << name;
    }
    filter.programme = termOption(arguments, QStringLiteral("programme"), Vocabulary::Programme);
    filter.priority = termOption(arguments, QStringLiteral("priority"), Vocabulary::Priority);
    filter.country = arguments.value(QStringLiteral("country")).trimmed().toUpper();
    if (!filter.country.isEmpty() && filter.country.size() != 2)
        throw UsageError(CasesText::tr("--country needs a two-letter code such as MX or PH."));
    return filter;
}

int limitFrom(const CliArguments& arguments, OutputFormat format)
{
    if (!arguments.has(QStringLiteral("limit")))
        return format == OutputFormat::Table ? kTableLimit : std::numeric_limits<int>::max();
    bool ok = false;
    const int limit = arguments.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        throw UsageError(CasesText::tr("--limit needs a number of at least 1."));
    return limit;
}

} // namespace

int runCases(CliContext& context)
{
    const CliArguments arguments(
        context.arguments,
        vaultOptions() + QStringList{QStringLiteral("search"), QStringLiteral("status"),
                                     QStringLiteral("programme"), QStringLiteral("country"),
                                     QStringLiteral("priority"), QStringLiteral("limit"),
                                     QStringLiteral("format")});
    const QString directory = arguments.positional(0, CasesText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const OutputFormat format = parseOutputFormat(arguments.value(QStringLiteral("format")));
    const CaseFilter filter = filterFrom(arguments);
    const int limit = limitFrom(arguments, format);
    auto session = context.openVault(directory, arguments);

    const CaseService cases(*session);
    std::vector<QStringList> rows;
    for (const CaseRow& row : cases.list(filter, CaseSort::OpenedNewestFirst, 0, limit)) {
        rows.push_back({row.reference, row.title, row.status, row.programme, row.country,
                        row.priority, row.openedOn.toString(Qt::ISODate),
                        QString::fromLatin1(row.restricted ? "true" : "false")});
    }
    writeRows(context.out, format,
              {QStringLiteral("reference"), QStringLiteral("title"), QStringLiteral("status"),
               QStringLiteral("programme"), QStringLiteral("country"), QStringLiteral("priority"),
               QStringLiteral("opened_on"), QStringLiteral("restricted")},
              rows);
    context.out.flush();
    if (format == OutputFormat::Table && static_cast<int>(rows.size()) == limit) {
        const qint64 total = cases.count(filter);
        if (total > limit)
            context.err << CasesText::tr("%1 of %2 cases shown; use --limit N or --format csv for "
                                         "more.")
                               .arg(limit)
                               .arg(total)
                        << '\n';
    }
    return 0;
}

} // namespace cli
} // namespace amparo
