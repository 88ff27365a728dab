#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace amparo {
namespace csv {

// What a CSV file holds. People and cases go both ways; grants and
// disbursements are only exported, for finance's spreadsheets: the money
// side changes through its services, never through a file.
enum class CsvKind
{
    People,
    Cases,
    Grants,
    Disbursements,
};

// "people" or "cases" (the --kind of import), nullopt otherwise.
std::optional<CsvKind> parseCsvKind(const QString& name);
// Also "grants" and "disbursements" (the --kind of export-csv).
std::optional<CsvKind> parseExportCsvKind(const QString& name);
bool isImportable(CsvKind kind);
QString csvKindName(CsvKind kind);
// The entity type of the audit trail: "person", "case", "grant" or "disbursement".
QString csvEntityType(CsvKind kind);

// The canonical headers of PRODUCT §5, in the order export writes them.
QStringList canonicalColumns(CsvKind kind);
// The columns an import file must have: without them no row can be created
// (none for the kinds that are not imported).
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
// Grants and disbursements (export only).
inline const QString caseReference = QStringLiteral("case");
inline const QString fund = QStringLiteral("fund");
inline const QString currency = QStringLiteral("currency");
inline const QString requested = QStringLiteral("requested");
inline const QString approved = QStringLiteral("approved");
inline const QString paid = QStringLiteral("paid");
inline const QString refunded = QStringLiteral("refunded");
inline const QString committed = QStringLiteral("committed");
inline const QString requestedBy = QStringLiteral("requested_by");
inline const QString purpose = QStringLiteral("purpose");
inline const QString createdAt = QStringLiteral("created_at");
inline const QString id = QStringLiteral("id");
inline const QString grant = QStringLiteral("grant");
inline const QString disbursementKind = QStringLiteral("kind");
inline const QString paidOn = QStringLiteral("paid_on");
inline const QString amount = QStringLiteral("amount");
inline const QString rate = QStringLiteral("rate");
inline const QString fundAmount = QStringLiteral("fund_amount");
inline const QString fundCurrency = QStringLiteral("fund_currency");
inline const QString receiptsDue = QStringLiteral("receipts_due");
inline const QString receipts = QStringLiteral("receipts");
inline const QString reversed = QStringLiteral("reversed");
inline const QString note = QStringLiteral("note");
} // namespace column

} // namespace csv
} // namespace amparo
