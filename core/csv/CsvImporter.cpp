#include "csv/CsvImporter.h"

#include "auth/Permission.h"
#include "csv/CaseImport.h"
#include "csv/CsvReader.h"
#include "csv/FormulaGuard.h"
#include "csv/ImportRow.h"
#include "csv/PersonImport.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <memory>

namespace amparo {
namespace csv {
namespace {

struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::csv::CsvImporter)
};

// The spreadsheet's name of a column: A … Z, AA, AB, …
QString columnLetters(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + static_cast<char16_t>((n - 1) % 26)));
    return letters;
}

bool isBlank(const QStringList& cells)
{
    return std::all_of(cells.begin(), cells.end(),
                       [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

bool columnIsEmpty(const CsvTable& table, qsizetype index)
{
    return std::all_of(table.rows.begin(), table.rows.end(), [&](const CsvRow& row) {
        return row.cells.value(index).trimmed().isEmpty();
    });
}

std::unique_ptr<RowImporter> importerFor(CsvKind kind, Session& session, ImportReport& report)
{
    if (kind == CsvKind::People)
        return std::make_unique<PersonImport>(session, report);
    return std::make_unique<CaseImport>(session, report);
}

} // namespace

QHash<QString, qsizetype> CsvImporter::mapHeader(CsvKind kind, const CsvTable& table,
                                                 ImportReport& report) const
{
    const QStringList canonical = canonicalColumns(kind);
    const int headerRow = table.header.number;
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < table.header.cells.size(); ++i) {
        const QString name = normaliseHeader(table.header.cells[i]);
        if (name.isEmpty()) {
            // Spreadsheets pad rows with empty columns; only one with data matters.
            if (!columnIsEmpty(table, i))
                report.unknownColumns
                    << ImporterText::tr("column %1 (no name)").arg(columnLetters(i));
        } else if (!canonical.contains(name)) {
            report.unknownColumns << table.header.cells[i].trimmed();
        } else if (columns.contains(name)) {
            report.problems.push_back(
                {headerRow, name,
                 ImporterText::tr("The column appears twice (columns %1 and %2); keep one of them.")
                     .arg(columnLetters(columns.value(name)), columnLetters(i))});
        } else {
            columns.insert(name, i);
        }
    }
    for (const QString& required : requiredColumns(kind)) {
        if (!columns.contains(required))
            report.problems.push_back(
                {headerRow, required,
                 ImporterText::tr(
                     "The file has no %1 column, which every row needs. The columns are: %2.")
                     .arg(required, canonical.join(QStringLiteral(", ")))});
    }
    return columns;
}

ImportReport CsvImporter::run(CsvKind kind, const CsvTable& table, ImportMode mode,
                              const QString& sourceName)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    if (!isImportable(kind))
        throw Error(ErrorKind::Invalid,
                    ImporterText::tr("Only people and cases can be imported, not %1.")
                        .arg(csvKindName(kind)));
    ImportReport report;
    report.dryRun = mode == ImportMode::DryRun;
    const QHash<QString, qsizetype> columns = mapHeader(kind, table, report);
    for (const CsvRow& row : table.rows)
        report.rowsRead += isBlank(row.cells) ? 0 : 1;
    if (!report.problems.empty())
        return report; // without the right columns every row would only repeat it

    db::Database& database = m_session.database();
    const std::unique_ptr<RowImporter> importer = importerFor(kind, m_session, report);
    QHash<QString, int> seen; // external id → the row it was first in
    db::Transaction transaction(database);
    for (const CsvRow& csvRow : table.rows) {
        if (isBlank(csvRow.cells))
            continue;
        QHash<QString, QString> cells;
        for (auto it = columns.begin(); it != columns.end(); ++it)
            cells.insert(it.key(), restoreFormula(csvRow.cells.value(it.value())));
        ImportRow row(csvRow.number, std::move(cells), report);
        const QStringList extra = csvRow.cells.mid(table.header.cells.size());
        if (!isBlank(extra))
            row.problem({},
                        ImporterText::tr("The row has %1 cells but the header only %2; is there a "
                                         "separator in a cell without quotes?")
                            .arg(csvRow.cells.size())
                            .arg(table.header.cells.size()));
        const auto externalId = row.checked(column::externalId, [](const QString& cell) {
            return validate::text(ImporterText::tr("The external id"), cell, 100, true);
        });
        if (externalId && seen.contains(*externalId))
            row.problem(column::externalId,
                        ImporterText::tr("The external id %1 is also in row %2.")
                            .arg(*externalId)
                            .arg(seen.value(*externalId)));
        else if (externalId)
            seen.insert(*externalId, row.number());
        // Even a row that already has a problem has its cells checked, so that
        // the report lists every problem; the importer writes nothing for it.
        db::Transaction rowTransaction(database);
        importer->importRow(row, externalId.value_or(QString()));
        if (!row.hasProblems())
            rowTransaction.commit();
    }
    if (mode == ImportMode::Commit && report.problems.empty()) {
        m_session.audit().append(
            m_session.actor(), QStringLiteral("import.csv"), csvEntityType(kind), QString(),
            {{QStringLiteral("file"), std::nullopt, sourceName},
             {QStringLiteral("rows"), std::nullopt, QString::number(report.rowsRead)},
             {QStringLiteral("created"), std::nullopt, QString::number(report.created)},
             {QStringLiteral("updated"), std::nullopt, QString::number(report.updated)},
             {QStringLiteral("unchanged"), std::nullopt, QString::number(report.unchanged)}});
        transaction.commit();
        report.committed = true;
    }
    return report;
}

ImportReport CsvImporter::runFile(CsvKind kind, const QString& path, ImportMode mode)
{
    auth::requirePermission(m_session.user(), auth::Permission::EditCases);
    return run(kind, CsvReader::readFile(path), mode, QFileInfo(path).fileName());
}

} // namespace csv
} // namespace amparo
