#include "CliContext.h"
#include "commands/Commands.h"
#include "csv/CsvImporter.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Import)
};

// Messages quote cells of the file; a control character in one (an escape
// sequence, a line break) must not reach the terminal or split the line.
QString printable(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

QString describe(const csv::ImportProblem& problem)
{
    if (problem.column.isEmpty())
        return ImportText::tr("row %1: %2").arg(problem.row).arg(printable(problem.message));
    return ImportText::tr("row %1, column %2: %3")
        .arg(problem.row)
        .arg(problem.column, printable(problem.message));
}

void printReport(QTextStream& out, const csv::ImportReport& report, const QString& file)
{
    if (!report.unknownColumns.isEmpty())
        out << ImportText::tr("warning: unknown columns, not imported: %1")
                   .arg(printable(report.unknownColumns.join(QStringLiteral(", "))))
            << '\n';
    for (const csv::ImportProblem& note : report.notes)
        out << ImportText::tr("note: %1").arg(describe(note)) << '\n';
    for (const csv::ImportProblem& problem : report.problems)
        out << describe(problem) << '\n';
    if (report.committed) {
        out << ImportText::tr("Imported %1: %2 rows read, %3 created, %4 updated, %5 unchanged.")
                   .arg(file)
                   .arg(report.rowsRead)
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged)
            << '\n';
    } else if (report.problems.empty()) {
        out << ImportText::tr("Dry run of %1: %2 rows read; %3 would be created, %4 updated, %5 "
                              "unchanged. Nothing was written.")
                   .arg(file)
                   .arg(report.rowsRead)
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged)
            << '\n';
    }
}

} // namespace

int runImport(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 vaultOptions() + QStringList{QStringLiteral("kind")},
                                 {QStringLiteral("dry-run")});
    const QString directory = arguments.positional(0, ImportText::tr("the vault folder"));
    const QString file = arguments.positional(1, ImportText::tr("the CSV file to import"));
    arguments.requirePositionalCount(2);
    const QString kindName = arguments.required(QStringLiteral("kind"));
    const std::optional<csv::CsvKind> kind = csv::parseCsvKind(kindName);
    if (!kind)
        throw UsageError(
            ImportText::tr("Unknown --kind \"%1\"; use people or cases.").arg(kindName));
    const csv::ImportMode mode = arguments.flag(QStringLiteral("dry-run"))
                                     ? csv::ImportMode::DryRun
                                     : csv::ImportMode::Commit;
    auto session = context.openVault(directory, arguments);
    const csv::ImportReport report = csv::CsvImporter(*session).runFile(*kind, file, mode);
    printReport(context.out, report, file);
    context.out.flush();
    if (report.problems.empty())
        return 0;
    throw Error(ErrorKind::Invalid,
                ImportText::tr("%n problem(s) in %1; nothing was imported.", nullptr,
                               static_cast<int>(report.problems.size()))
                    .arg(file));
}

} // namespace cli
} // namespace amparo
