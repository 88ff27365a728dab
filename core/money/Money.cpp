#include "money/Money.h"

#include "money/Currency.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <optional>

namespace amparo {
namespace {

struct MoneyText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Money)
};

constexpr int kMaxRateDecimals = 10;

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

int unitsOf(const QString& currency)
{
    const auto units = currencyMinorUnits(currency);
    if (!units)
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("\"%1\" is not a currency Amparo knows.").arg(currency));
    return *units;
}

// A decimal number split into its digits: "1500.5" → {"1500", "5"}.
struct DecimalText
{
    bool negative = false;
    QString whole;
    QString fraction;
};

std::optional<DecimalText> splitDecimal(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(-?)([0-9]+)(?:[.,]([0-9]+))?$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    DecimalText parts{match.captured(1) == QLatin1String("-"), match.captured(2),
                      match.captured(3)};
    // Leading zeros say nothing and would only hide the length of the number.
    while (parts.whole.size() > 1 && parts.whole.startsWith(QLatin1Char('0')))
        parts.whole.remove(0, 1);
    return parts;
}

} // namespace

qint64 maxMinorUnits(const QString& currency)
{
    return kMaxMajorUnits * powerOfTen(unitsOf(currency));
}

qint64 requireAmount(const QString& label, qint64 minor, const QString& currency)
{
    if (minor <= 0)
        throw Error(ErrorKind::Invalid, MoneyText::tr("%1 must be more than zero.").arg(label));
    if (minor > maxMinorUnits(currency))
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("%1 of %2 is not plausible; no single amount may exceed %3.")
                        .arg(label, displayAmount(minor, currency),
                             displayAmount(maxMinorUnits(currency), currency)));
    return minor;
}

qint64 parseAmount(const QString& label, const QString& text, const QString& currency)
{
    const int units = unitsOf(currency);
    if (text.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, MoneyText::tr("%1 is missing.").arg(label));
    const auto parts = splitDecimal(text);
    if (!parts)
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("%1 \"%2\" is not an amount; write it like 1500.00, without "
                                  "spaces, currency signs or thousands separators.")
                        .arg(label, text.trimmed()));
    if (parts->negative)
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("%1 must be more than zero; \"%2\" is negative.")
                        .arg(label, text.trimmed()));
    QString fraction = parts->fraction;
    while (fraction.size() > units && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > units) {
        if (units == 0)
            throw Error(ErrorKind::Invalid,
                        MoneyText::tr("%1 \"%2\" has decimals, but %3 has no minor unit; give a "
                                      "whole number.")
                            .arg(label, text.trimmed(), currency));
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("%1 \"%2\" has more decimals than %3 has (%4).")
                        .arg(label, text.trimmed(), currency)
                        .arg(units));
    }
    // Ten digits before the decimals is already more than the maximum.
    if (parts->whole.size() > 10)
        throw Error(
            ErrorKind::Invalid,
            MoneyText::tr("%1 \"%2\" is not plausible; no single amount may exceed %3.")
                .arg(label, text.trimmed(), displayAmount(maxMinorUnits(currency), currency)));
    const qint64 whole = parts->whole.toLongLong();
    const qint64 minorPart =
        fraction.isEmpty() ? 0 : fraction.toLongLong() * powerOfTen(units - int(fraction.size()));
    return requireAmount(label, whole * powerOfTen(units) + minorPart, currency);
}

QString formatAmount(qint64 minor, const QString& currency)
{
    const int units = unitsOf(currency);
    const bool negative = minor < 0;
    // The magnitude as unsigned, so that even the most negative value formats.
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 scale = static_cast<quint64>(powerOfTen(units));
    QString text = QString::number(magnitude / scale);
    if (units > 0)
        text += QLatin1Char('.') +
                QStringLiteral("%1").arg(magnitude % scale, units, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString displayAmount(qint64 minor, const QString& currency)
{
    const auto units = currencyMinorUnits(currency).value_or(2);
    const QLocale locale;
    const QString plain =
        formatAmount(minor, currencyMinorUnits(currency) ? currency : QStringLiteral("EUR"));
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? plain : plain.left(point);
    QString text = locale.toString(whole.toLongLong());
    if (units > 0)
        text += locale.decimalPoint() + plain.mid(point + 1);
    return MoneyText::tr("%1 %2", "amount and currency code").arg(text, currency);
}

ExchangeRate parseRate(const QString& label, const QString& text)
{
    if (text.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, MoneyText::tr("%1 is missing.").arg(label));
    const auto parts = splitDecimal(text);
    if (!parts || parts->negative)
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("%1 \"%2\" is not an exchange rate; write a positive number "
                                  "such as 20.1234.")
                        .arg(label, text.trimmed()));
    QString fraction = parts->fraction;
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    // At most 18 significant digits keep the mantissa within 64 bits.
    if (fraction.size() > kMaxRateDecimals || parts->whole.size() > 9 ||
        parts->whole.size() + fraction.size() > 18)
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("%1 \"%2\" is out of range; a rate has at most %3 decimals, "
                                  "18 digits in all, and is below one billion.")
                        .arg(label, text.trimmed())
                        .arg(kMaxRateDecimals));
    ExchangeRate rate;
    rate.scale = int(fraction.size());
    rate.mantissa = parts->whole.toLongLong() * powerOfTen(rate.scale) +
                    (fraction.isEmpty() ? 0 : fraction.toLongLong());
    if (rate.mantissa == 0)
        throw Error(ErrorKind::Invalid, MoneyText::tr("%1 must be more than zero.").arg(label));
    return rate;
}

QString formatRate(const ExchangeRate& rate)
{
    const qint64 scale = powerOfTen(rate.scale);
    QString text = QString::number(rate.mantissa / scale);
    if (rate.scale > 0)
        text += QLatin1Char('.') +
                QStringLiteral("%1").arg(rate.mantissa % scale, rate.scale, 10, QLatin1Char('0'));
    return text;
}

qint64 convertToFundCurrency(qint64 paidMinor, const QString& paidCurrency,
                             const ExchangeRate& rate, const QString& fundCurrency)
{
    // fund = paid / rate, with both amounts in their own minor units:
    //   fundMinor = paidMinor · 10^scale · 10^fundUnits / (mantissa · 10^paidUnits)
    // Every factor fits in 64 bits; the products fit in 128.
    __extension__ typedef __int128 Wide; // GCC and Clang; exact for every product here
    const Wide numerator =
        Wide(paidMinor) * powerOfTen(rate.scale) * powerOfTen(unitsOf(fundCurrency));
    const Wide denominator = Wide(rate.mantissa) * powerOfTen(unitsOf(paidCurrency));
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    Wide quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator)
        ++quotient;
    if (quotient > Wide(maxMinorUnits(fundCurrency)))
        throw Error(ErrorKind::Invalid,
                    MoneyText::tr("%1 at the rate %2 would be more than %3; check the rate.")
                        .arg(displayAmount(paidMinor, paidCurrency), formatRate(rate),
                             displayAmount(maxMinorUnits(fundCurrency), fundCurrency)));
    return static_cast<qint64>(negative ? -quotient : quotient);
}

} // namespace amparo
