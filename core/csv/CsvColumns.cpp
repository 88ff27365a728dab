#include "csv/CsvColumns.h"

namespace amparo {
namespace csv {

std::optional<CsvKind> parseCsvKind(const QString& name)
{
    const std::optional<CsvKind> kind = parseExportCsvKind(name);
    return kind && isImportable(*kind) ? kind : std::nullopt;
}

std::optional<CsvKind> parseExportCsvKind(const QString& name)
{
    for (const CsvKind kind :
         {CsvKind::People, CsvKind::Cases, CsvKind::Grants, CsvKind::Disbursements}) {
        if (name == csvKindName(kind))
            return kind;
    }
    return std::nullopt;
}

bool isImportable(CsvKind kind)
{
    return kind == CsvKind::People || kind == CsvKind::Cases;
}

QString csvKindName(CsvKind kind)
{
    switch (kind) {
    case CsvKind::People:
        return QStringLiteral("people");
    case CsvKind::Cases:
        return QStringLiteral("cases");
    case CsvKind::Grants:
        return QStringLiteral("grants");
    case CsvKind::Disbursements:
        break;
    }
    return QStringLiteral("disbursements");
}

QString csvEntityType(CsvKind kind)
{
    switch (kind) {
    case CsvKind::People:
        return QStringLiteral("person");
    case CsvKind::Cases:
        return QStringLiteral("case");
    case CsvKind::Grants:
        return QStringLiteral("grant");
    case CsvKind::Disbursements:
        break;
    }
    return QStringLiteral("disbursement");
}

QStringList canonicalColumns(CsvKind kind)
{
    using namespace column;
    switch (kind) {
    case CsvKind::People:
        return {externalId, fullName, pseudonym, sex,   birthDate, nationality,
                country,    roles,    phone,     email, notes};
    case CsvKind::Cases:
        return {externalId, reference, title,    programme, country,
                status,     priority,  openedOn, summary,   victims};
    case CsvKind::Grants:
        return {reference, caseReference, fund,      status,      currency, requested, approved,
                paid,      refunded,      committed, requestedBy, purpose,  createdAt};
    case CsvKind::Disbursements:
        break;
    }
    return {id,         grant,        disbursementKind, paidOn,   amount,   currency, rate,
            fundAmount, fundCurrency, receiptsDue,      receipts, reversed, note};
}

QStringList requiredColumns(CsvKind kind)
{
    using namespace column;
    switch (kind) {
    case CsvKind::People:
        return {externalId, fullName, roles};
    case CsvKind::Cases:
        return {externalId, title, programme, country};
    case CsvKind::Grants:
    case CsvKind::Disbursements:
        break;
    }
    return {};
}

QString normaliseHeader(const QString& cell)
{
    QString name = cell.trimmed().toLower();
    name.remove(QChar(0xFEFF)); // a second byte-order mark, from files joined together
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

} // namespace csv
} // namespace amparo
