#include "TableWriter.h"

#include "CliArguments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace amparo {
namespace cli {
namespace {

struct TableText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::TableWriter)
};

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void writeTable(QTextStream& out, const QStringList& columns, const std::vector<QStringList>& rows)
{
    std::vector<qsizetype> widths;
    for (const QString& column : columns)
        widths.push_back(column.size());
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < columns.size(); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], row[i].size());
    }
    auto writeLine = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString cell = cells.value(i);
            line += i + 1 < columns.size()
                        ? cell.leftJustified(widths[static_cast<std::size_t>(i)] + 2)
                        : cell;
        }
        out << line.trimmed() << '\n';
    };
    writeLine(columns);
    for (const QStringList& row : rows)
        writeLine(row);
}

} // namespace

OutputFormat parseOutputFormat(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String("table"))
        return OutputFormat::Table;
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    throw UsageError(TableText::tr("Unknown format \"%1\"; use table, csv or json.").arg(name));
}

void writeRows(QTextStream& out, OutputFormat format, const QStringList& columns,
               const std::vector<QStringList>& rows)
{
    switch (format) {
    case OutputFormat::Table:
        writeTable(out, columns, rows);
        break;
    case OutputFormat::Csv:
        out << columns.join(QLatin1Char(',')) << '\n';
        for (const QStringList& row : rows) {
            QStringList fields;
            for (const QString& cell : row)
                fields << csvField(cell);
            out << fields.join(QLatin1Char(',')) << '\n';
        }
        break;
    case OutputFormat::Json: {
        QJsonArray array;
        for (const QStringList& row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < columns.size(); ++i)
                object.insert(columns[i], row.value(i));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    }
}

} // namespace cli
} // namespace amparo
