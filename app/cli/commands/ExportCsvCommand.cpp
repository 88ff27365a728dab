#include "CliContext.h"
#include "commands/Commands.h"
#include "csv/CsvExporter.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::ExportCsv)
};

} // namespace

int runExportCsv(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 vaultOptions() +
                                     QStringList{QStringLiteral("kind"), QStringLiteral("out")});
    const QString directory = arguments.positional(0, ExportText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const QString kindName = arguments.required(QStringLiteral("kind"));
    const QString path = arguments.required(QStringLiteral("out"));
    const std::optional<csv::CsvKind> kind = csv::parseExportCsvKind(kindName);
    if (!kind)
        throw UsageError(
            ExportText::tr("Unknown --kind \"%1\"; use cases, people, grants or disbursements.")
                .arg(kindName));
    auto session = context.openVault(directory, arguments);
    const int rows = csv::CsvExporter(*session).exportToFile(*kind, path);
    context.out
        << ExportText::tr("Exported %n row(s) of %1 to %2.", nullptr, rows).arg(kindName, path)
        << '\n';
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
