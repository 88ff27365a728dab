#include "MoneyOptions.h"

#include "domain/Validation.h"

namespace amparo {
namespace cli {

qint64 amountOption(const CliArguments& arguments, const QString& option, const QString& currency)
{
    return parseAmount(QStringLiteral("--") + option, arguments.required(option), currency);
}

std::optional<ExchangeRate> rateOption(const CliArguments& arguments)
{
    if (!arguments.has(QStringLiteral("rate")))
        return std::nullopt;
    return parseRate(QStringLiteral("--rate"), arguments.value(QStringLiteral("rate")));
}

std::optional<QDate> dateOption(const CliArguments& arguments, const QString& option)
{
    if (!arguments.has(option))
        return std::nullopt;
    return validate::parseDate(QStringLiteral("--") + option, arguments.value(option));
}

QString yesNo(bool value)
{
    return QString::fromLatin1(value ? "true" : "false");
}

} // namespace cli
} // namespace amparo
