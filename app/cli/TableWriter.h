#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <vector>

namespace amparo {
namespace cli {

enum class OutputFormat
{
    Table,
    Csv,
    Json,
};

// Parses --format; throws UsageError for anything else.
OutputFormat parseOutputFormat(const QString& name);

// Writes rows under `columns` as an aligned table for people, RFC 4180 CSV
// or a JSON array of objects for scripts.
void writeRows(QTextStream& out, OutputFormat format, const QStringList& columns,
               const std::vector<QStringList>& rows);

} // namespace cli
} // namespace amparo
