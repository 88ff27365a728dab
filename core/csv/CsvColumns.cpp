#include "csv/CsvColumns.h"

namespace amparo {
namespace csv {

std::optional<CsvKind> parseCsvKind(const QString& name)
{
    if (name == QLatin1String("people"))
        return CsvKind::People;
    if (name == QLatin1String("cases"))
        return CsvKind::Cases;
    return std::nullopt;
}

QString csvKindName(CsvKind kind)
{
    return kind == CsvKind::People ? QStringLiteral("people") : QStringLiteral("cases");
}

QString csvEntityType(CsvKind kind)
{
    return kind == CsvKind::People ? QStringLiteral("person") : QStringLiteral("case");
}

QStringList canonicalColumns(CsvKind kind)
{
    using namespace column;
    if (kind == CsvKind::People)
        return {externalId, fullName, pseudonym, sex,   birthDate, nationality,
                country,    roles,    phone,     email, notes};
    return {externalId, reference, title,    programme, country,
            status,     priority,  openedOn, summary,   victims};
}

QStringList requiredColumns(CsvKind kind)
{
    using namespace column;
    if (kind == CsvKind::People)
        return {externalId, fullName, roles};
    return {externalId, title, programme, country};
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
