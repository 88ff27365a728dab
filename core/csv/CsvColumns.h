#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace amparo {
namespace csv {

// What a CSV file holds. Grants and disbursements come with the grants work.
enum class CsvKind
{
    People,
    Cases,
};

// "people" or "cases" (the --kind of the command line), nullopt otherwise.
std::optional<CsvKind> parseCsvKind(const QString& name);
QString csvKindName(CsvKind kind);
// The entity type of the audit trail: "person" or "case".
QString csvEntityType(CsvKind kind);

// The canonical headers of PRODUCT §5, in the order export writes them.
QStringList canonicalColumns(CsvKind kind);
// The columns an import file must have: without them no row can be created.
QStringList requiredColumns(CsvKind kind);

// A header cell as the import compares it: trimmed, lower-case, with spaces
// and hyphens read as underscores ("Full name" is full_name).
QString normaliseHeader(const QString& cell);

// Column names of the files, shared by the readers and the writers.
namespace column {
inline const QString externalId = QStringLiteral("external_id");
inline const QString fullName = QStringLiteral("full_name");
inline const QString pseudonym = QStringLiteral("pseudonym");
inline const QString sex = QStringLiteral("sex");
inline const QString birthDate = QStringLiteral("birth_date");
inline const QString nationality = QStringLiteral("nationality");
inline const QString country = QStringLiteral("country");
inline const QString roles = QStringLiteral("roles");
inline const QString phone = QStringLiteral("phone");
inline const QString email = QStringLiteral("email");
inline const QString notes = QStringLiteral("notes");
inline const QString reference = QStringLiteral("reference");
inline const QString title = QStringLiteral("title");
inline const QString programme = QStringLiteral("programme");
inline const QString status = QStringLiteral("status");
inline const QString priority = QStringLiteral("priority");
inline const QString openedOn = QStringLiteral("opened_on");
inline const QString summary = QStringLiteral("summary");
inline const QString victims = QStringLiteral("victims");
} // namespace column

} // namespace csv
} // namespace amparo
