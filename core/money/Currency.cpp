#include "money/Currency.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <array>
#include <string_view>

namespace amparo {
namespace {

struct CurrencyText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Currency)
};

struct CurrencyUnit
{
    std::string_view code;
    int minorUnits;
};

// The currencies of the countries Amparo's members work in and of its
// donors, with their minor units from ISO 4217 (sorted by code).
constexpr std::array kCurrencies = {
    CurrencyUnit{"AED", 2}, CurrencyUnit{"AFN", 2}, CurrencyUnit{"ARS", 2}, CurrencyUnit{"AUD", 2},
    CurrencyUnit{"AZN", 2}, CurrencyUnit{"BDT", 2}, CurrencyUnit{"BHD", 3}, CurrencyUnit{"BIF", 0},
    CurrencyUnit{"BOB", 2}, CurrencyUnit{"BRL", 2}, CurrencyUnit{"BYN", 2}, CurrencyUnit{"CAD", 2},
    CurrencyUnit{"CDF", 2}, CurrencyUnit{"CHF", 2}, CurrencyUnit{"CLP", 0}, CurrencyUnit{"CNY", 2},
    CurrencyUnit{"COP", 2}, CurrencyUnit{"CZK", 2}, CurrencyUnit{"DKK", 2}, CurrencyUnit{"DZD", 2},
    CurrencyUnit{"EGP", 2}, CurrencyUnit{"ETB", 2}, CurrencyUnit{"EUR", 2}, CurrencyUnit{"GBP", 2},
    CurrencyUnit{"GEL", 2}, CurrencyUnit{"GNF", 0}, CurrencyUnit{"GTQ", 2}, CurrencyUnit{"HNL", 2},
    CurrencyUnit{"HKD", 2}, CurrencyUnit{"IDR", 2}, CurrencyUnit{"INR", 2}, CurrencyUnit{"IQD", 3},
    CurrencyUnit{"IRR", 2}, CurrencyUnit{"ISK", 0}, CurrencyUnit{"JOD", 3}, CurrencyUnit{"JPY", 0},
    CurrencyUnit{"KES", 2}, CurrencyUnit{"KGS", 2}, CurrencyUnit{"KHR", 2}, CurrencyUnit{"KRW", 0},
    CurrencyUnit{"KWD", 3}, CurrencyUnit{"KZT", 2}, CurrencyUnit{"LBP", 2}, CurrencyUnit{"LKR", 2},
    CurrencyUnit{"LYD", 3}, CurrencyUnit{"MAD", 2}, CurrencyUnit{"MMK", 2}, CurrencyUnit{"MXN", 2},
    CurrencyUnit{"MYR", 2}, CurrencyUnit{"NGN", 2}, CurrencyUnit{"NIO", 2}, CurrencyUnit{"NOK", 2},
    CurrencyUnit{"NPR", 2}, CurrencyUnit{"NZD", 2}, CurrencyUnit{"OMR", 3}, CurrencyUnit{"PEN", 2},
    CurrencyUnit{"PHP", 2}, CurrencyUnit{"PKR", 2}, CurrencyUnit{"PLN", 2}, CurrencyUnit{"PYG", 0},
    CurrencyUnit{"QAR", 2}, CurrencyUnit{"RUB", 2}, CurrencyUnit{"RWF", 0}, CurrencyUnit{"SAR", 2},
    CurrencyUnit{"SDG", 2}, CurrencyUnit{"SEK", 2}, CurrencyUnit{"SYP", 2}, CurrencyUnit{"THB", 2},
    CurrencyUnit{"TJS", 2}, CurrencyUnit{"TND", 3}, CurrencyUnit{"TRY", 2}, CurrencyUnit{"UAH", 2},
    CurrencyUnit{"UGX", 0}, CurrencyUnit{"USD", 2}, CurrencyUnit{"UZS", 2}, CurrencyUnit{"VES", 2},
    CurrencyUnit{"VND", 0}, CurrencyUnit{"XAF", 0}, CurrencyUnit{"XOF", 0}, CurrencyUnit{"YER", 2},
    CurrencyUnit{"ZAR", 2}, CurrencyUnit{"ZWL", 2},
};

} // namespace

std::optional<int> currencyMinorUnits(const QString& code)
{
    const QByteArray latin = code.toLatin1();
    const std::string_view wanted(latin.constData(), static_cast<std::size_t>(latin.size()));
    for (const CurrencyUnit& currency : kCurrencies) {
        if (currency.code == wanted)
            return currency.minorUnits;
    }
    return std::nullopt;
}

QStringList knownCurrencies()
{
    QStringList codes;
    for (const CurrencyUnit& currency : kCurrencies)
        codes << QString::fromLatin1(currency.code.data(),
                                     static_cast<qsizetype>(currency.code.size()));
    return codes;
}

QString requireCurrency(const QString& label, const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.isEmpty())
        throw Error(
            ErrorKind::Invalid,
            CurrencyText::tr("%1 is missing; give a currency code such as EUR or USD.").arg(label));
    if (!currencyMinorUnits(upper))
        throw Error(ErrorKind::Invalid,
                    CurrencyText::tr("%1 \"%2\" is not a currency Amparo knows; use an ISO 4217 "
                                     "code such as EUR, USD, CHF, JPY or KWD.")
                        .arg(label, code.trimmed()));
    return upper;
}

} // namespace amparo
