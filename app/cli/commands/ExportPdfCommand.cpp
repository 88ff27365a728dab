#include "CliContext.h"
#include "cases/CaseService.h"
#include "commands/Commands.h"
#include "export/CaseSummary.h"
#include "i18n/Translations.h"
#include "util/AtomicFile.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct ExportPdfText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::ExportPdf)
};

} // namespace

int runExportPdf(CliContext& context)
{
    const CliArguments arguments(
        context.arguments,
        vaultOptions() + QStringList{QStringLiteral("case"), QStringLiteral("out"),
                                     QStringLiteral("redaction"), QStringLiteral("lang")});
    const QString directory = arguments.positional(0, ExportPdfText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const QString reference = arguments.required(QStringLiteral("case"));
    const QString path = arguments.required(QStringLiteral("out"));

    SummaryOptions options;
    const QString level = arguments.value(QStringLiteral("redaction"), QStringLiteral("internal"));
    const std::optional<Redaction> redaction = parseRedaction(level);
    if (!redaction)
        throw UsageError(
            ExportPdfText::tr("Unknown --redaction \"%1\"; use internal, partner or public.")
                .arg(level));
    options.redaction = *redaction;
    options.language = arguments.value(QStringLiteral("lang"), QStringLiteral("en"));
    if (!Translations::supportedLanguages().contains(options.language))
        throw UsageError(ExportPdfText::tr("Unknown --lang \"%1\"; use one of: %2.")
                             .arg(options.language,
                                  Translations::supportedLanguages().join(QStringLiteral(", "))));

    auto session = context.openVault(directory, arguments);
    const Case found = CaseService(*session).getByReference(reference);
    // Written beside the target and renamed over it: never half a PDF, and
    // readable by its owner only.
    writeFileAtomically(path, renderCaseSummaryPdf(*session, found.id, options));
    context.out << ExportPdfText::tr("Wrote the %1 summary of case %2 (%3) to %4.")
                       .arg(redactionName(options.redaction), found.reference, options.language,
                            path)
                << '\n';
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
