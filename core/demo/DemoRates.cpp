#include "demo/DemoRates.h"

#include "money/Currency.h"

#include <string_view>

namespace amparo {
namespace demo {
namespace {

struct Quote
{
    std::string_view currency;
    qint64 perEuro; // units that one euro buys, four decimals
};

// Round figures near the market rates of the mid-2020s; the demo moves
// them by a few per cent from one payment to the next.
constexpr Quote kQuotes[] = {
    {"EUR", 1'0000},    {"USD", 1'0850},    {"GBP", 8550},      {"CHF", 9600},
    {"SEK", 11'4000},   {"NOK", 11'6000},   {"JPY", 162'0000},  {"MXN", 19'8000},
    {"COP", 4350'0000}, {"GTQ", 8'4000},    {"HNL", 26'8000},   {"PEN", 4'0500},
    {"NIO", 39'7000},   {"BOB", 7'4700},    {"BRL", 5'6000},    {"UAH", 44'5000},
    {"KGS", 94'5000},   {"KZT", 510'0000},  {"TRY", 35'5000},   {"EGP", 52'5000},
    {"TND", 3'3800},    {"MAD", 10'8500},   {"DZD", 145'5000},  {"IQD", 1415'0000},
    {"BHD", 4090},      {"LYD", 5'2500},    {"PHP", 61'5000},   {"VND", 27400'0000},
    {"BDT", 129'0000},  {"LKR", 325'0000},  {"INR", 90'5000},   {"KES", 140'5000},
    {"UGX", 4050'0000}, {"CDF", 3050'0000}, {"BIF", 3150'0000}, {"XAF", 655'9570},
    {"XOF", 655'9570},  {"GNF", 9350'0000}, {"NGN", 1650'0000}, {"GEL", 2'9500},
    {"THB", 38'5000},
};

struct Local
{
    std::string_view country;
    std::string_view currency;
};

constexpr Local kLocal[] = {
    {"MX", "MXN"}, {"CO", "COP"}, {"GT", "GTQ"}, {"HN", "HNL"}, {"PE", "PEN"}, {"VE", "USD"},
    {"NI", "NIO"}, {"EC", "USD"}, {"BO", "BOB"}, {"BR", "BRL"}, {"HT", "USD"}, {"RU", "EUR"},
    {"BY", "EUR"}, {"UA", "UAH"}, {"KG", "KGS"}, {"KZ", "KZT"}, {"TR", "TRY"}, {"EG", "EGP"},
    {"TN", "TND"}, {"MA", "MAD"}, {"DZ", "DZD"}, {"SY", "USD"}, {"IQ", "IQD"}, {"LB", "USD"},
    {"BH", "BHD"}, {"YE", "USD"}, {"LY", "LYD"}, {"SD", "USD"}, {"IR", "EUR"}, {"AF", "USD"},
    {"PH", "PHP"}, {"VN", "VND"}, {"MM", "USD"}, {"BD", "BDT"}, {"LK", "LKR"}, {"IN", "INR"},
    {"KE", "KES"}, {"TZ", "USD"}, {"UG", "UGX"}, {"CD", "CDF"}, {"BI", "BIF"}, {"CM", "XAF"},
    {"SN", "XOF"}, {"TD", "XAF"}, {"GN", "GNF"}, {"ML", "XOF"}, {"NG", "NGN"},
};

std::string_view view(const QByteArray& latin)
{
    return {latin.constData(), static_cast<std::size_t>(latin.size())};
}

qint64 perEuro(const QString& currency)
{
    const QByteArray code = currency.toLatin1();
    for (const Quote& quote : kQuotes) {
        if (quote.currency == view(code))
            return quote.perEuro;
    }
    return kQuotes[0].perEuro;
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    while (exponent-- > 0)
        value *= 10;
    return value;
}

} // namespace

QString paymentCurrency(const QString& country)
{
    const QByteArray code = country.toLatin1();
    for (const Local& local : kLocal) {
        if (local.country == view(code))
            return QString::fromLatin1(local.currency.data(),
                                       static_cast<qsizetype>(local.currency.size()));
    }
    return QStringLiteral("USD");
}

ExchangeRate demoRate(const QString& fund, const QString& paid, int driftPerMille)
{
    // paid per fund = (paid per euro) / (fund per euro), kept to four decimals.
    const qint64 cross = perEuro(paid) * 10'000 / perEuro(fund);
    return {std::max<qint64>(1, cross * (1000 + driftPerMille) / 1000), 4};
}

qint64 paidAmountFor(qint64 fundMinor, const QString& fund, const ExchangeRate& rate,
                     const QString& paid)
{
    // paid = fund · rate, each in its own minor units; then nudged to the
    // largest amount whose conversion back stays within `fundMinor`.
    __extension__ typedef __int128 Wide;
    const Wide numerator = Wide(fundMinor) * rate.mantissa * powerOfTen(*currencyMinorUnits(paid));
    const Wide denominator = Wide(powerOfTen(rate.scale)) * powerOfTen(*currencyMinorUnits(fund));
    auto paidMinor = static_cast<qint64>(numerator / denominator);
    while (paidMinor > 1 && convertToFundCurrency(paidMinor, paid, rate, fund) > fundMinor)
        --paidMinor;
    while (convertToFundCurrency(paidMinor + 1, paid, rate, fund) <= fundMinor)
        ++paidMinor;
    return paidMinor;
}

qint64 wholeUnits(qint64 count, const QString& currency)
{
    return count * powerOfTen(*currencyMinorUnits(currency));
}

qint64 roundToTens(qint64 minor, const QString& currency)
{
    const qint64 step = wholeUnits(10, currency);
    return std::max(step, minor / step * step);
}

qint64 roundAmount(qint64 minor, const QString& currency)
{
    const qint64 unit = wholeUnits(1, currency);
    qint64 step = unit;
    while (minor / step >= 1000)
        step *= 10;
    return std::max(unit, minor / step * step);
}

} // namespace demo
} // namespace amparo
