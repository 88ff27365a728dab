// Amounts, currency codes and exchange rates as people type them. The input
// is text of up to five lines, so that the seeds read like what they are:
//
//   EUR          a currency code
//   1500.50      an amount in it
//   20.1234      an exchange rate
//   MXN          the currency paid, converted into the first at that rate
//   -150000      minor units to format
//
// Every refusal is Error(Invalid); every amount accepted lies in
// (0, maxMinorUnits] and formats to text that parses back to the same minor
// units; every rate formats to text that parses back to the same rate.
#include "FuzzInput.h"
#include "money/Currency.h"
#include "money/Money.h"
#include "util/Error.h"

#include <optional>

using namespace amparo;

namespace {

const QString kLabel = QStringLiteral("The amount");

template <typename Function> auto accepted(Function function) -> std::optional<decltype(function())>
{
    try {
        return function();
    } catch (const Error& error) {
        AMPARO_FUZZ_CHECK(error.kind() == ErrorKind::Invalid, error.message());
        AMPARO_FUZZ_CHECK(!error.message().isEmpty(), QString());
        return std::nullopt;
    }
}

void checkAmountText(const QString& currency, const QString& text)
{
    const auto minor = accepted([&] { return parseAmount(kLabel, text, currency); });
    if (!minor)
        return;
    AMPARO_FUZZ_CHECK(*minor > 0 && *minor <= maxMinorUnits(currency), text);
    const QString formatted = formatAmount(*minor, currency);
    AMPARO_FUZZ_CHECK(parseAmount(kLabel, formatted, currency) == *minor,
                      text + QStringLiteral(" → ") + formatted);
    AMPARO_FUZZ_CHECK(!displayAmount(*minor, currency).isEmpty(), text);
}

// Any 64-bit value formats; the plausible ones parse back exactly.
void checkFormatting(const QString& currency, qint64 minor)
{
    const QString formatted = formatAmount(minor, currency);
    AMPARO_FUZZ_CHECK(formatted.startsWith(QLatin1Char('-')) == (minor < 0), formatted);
    const QString magnitude = minor < 0 ? formatted.mid(1) : formatted;
    const auto parsed = accepted([&] { return parseAmount(kLabel, magnitude, currency); });
    const bool plausible =
        minor != 0 && minor >= -maxMinorUnits(currency) && minor <= maxMinorUnits(currency);
    AMPARO_FUZZ_CHECK(parsed.has_value() == plausible, formatted);
    if (parsed)
        AMPARO_FUZZ_CHECK(*parsed == (minor < 0 ? -minor : minor), formatted);
}

void checkRate(const QString& text, const QString& fundCurrency, const QString& paidCurrency,
               const QString& amountText)
{
    const auto rate = accepted([&] { return parseRate(QStringLiteral("The rate"), text); });
    if (!rate)
        return;
    AMPARO_FUZZ_CHECK(rate->mantissa > 0 && rate->scale >= 0 && rate->scale <= 10, text);
    const QString formatted = formatRate(*rate);
    AMPARO_FUZZ_CHECK(parseRate(QStringLiteral("The rate"), formatted) == *rate,
                      text + QStringLiteral(" → ") + formatted);
    if (!currencyMinorUnits(fundCurrency) || !currencyMinorUnits(paidCurrency))
        return;
    const auto paid = accepted([&] { return parseAmount(kLabel, amountText, paidCurrency); });
    if (!paid)
        return;
    const auto converted =
        accepted([&] { return convertToFundCurrency(*paid, paidCurrency, *rate, fundCurrency); });
    if (converted)
        AMPARO_FUZZ_CHECK(*converted >= 0 && *converted <= maxMinorUnits(fundCurrency), formatted);
    // A refund converts the negative amount to exactly the negative result.
    const auto back =
        accepted([&] { return convertToFundCurrency(-*paid, paidCurrency, *rate, fundCurrency); });
    AMPARO_FUZZ_CHECK(back.has_value() == converted.has_value(), formatted);
    if (back)
        AMPARO_FUZZ_CHECK(*back == -*converted, formatted);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4096)
        return 0; // longer text only repeats what shorter text already exercises
    const QStringList lines = QString::fromUtf8(fuzz::bytes(data, size)).split(QLatin1Char('\n'));
    const QString code = lines.value(0);
    const auto currency = accepted([&] { return requireCurrency(kLabel, code); });
    AMPARO_FUZZ_CHECK(currencyMinorUnits(code).has_value() == (currency && *currency == code),
                      code);
    if (currency) {
        AMPARO_FUZZ_CHECK(knownCurrencies().contains(*currency), *currency);
        checkAmountText(*currency, lines.value(1));
        bool isNumber = false;
        const qint64 minor = lines.value(4).trimmed().toLongLong(&isNumber);
        if (isNumber)
            checkFormatting(*currency, minor);
    }
    checkRate(lines.value(2), currency.value_or(QString()), lines.value(3).trimmed().toUpper(),
              lines.value(1));
    return 0;
}
