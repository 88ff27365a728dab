#include "money/Money.h"

#include "TestSupport.h"
#include "money/Currency.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;

namespace {

qint64 amount(const char* text, const char* currency)
{
    return parseAmount(QStringLiteral("The amount"), QString::fromLatin1(text),
                       QString::fromLatin1(currency));
}

QString amountError(const char* text, const char* currency)
{
    try {
        amount(text, currency);
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Invalid);
        return error.message();
    }
    FAIL("the amount was accepted");
    return {};
}

qint64 convert(qint64 paid, const char* paidCurrency, const char* rate, const char* fundCurrency)
{
    return convertToFundCurrency(paid, QString::fromLatin1(paidCurrency),
                                 parseRate(QStringLiteral("rate"), QString::fromLatin1(rate)),
                                 QString::fromLatin1(fundCurrency));
}

} // namespace

TEST_CASE("amounts are read in the minor unit of their currency")
{
    CHECK(amount("1500", "EUR") == 150000);
    CHECK(amount("1500.5", "EUR") == 150050);
    CHECK(amount("0,07", "CHF") == 7);
    CHECK(amount("3000", "JPY") == 3000);
    CHECK(amount("12.0", "JPY") == 12);
    CHECK(amount("12.345", "KWD") == 12345);
    CHECK(amount("007.10", "USD") == 710);
}

TEST_CASE("bad amounts are refused with a message naming the problem")
{
    CHECK(amountError("-5", "EUR").contains(QStringLiteral("negative")));
    CHECK(amountError("0", "EUR").contains(QStringLiteral("more than zero")));
    CHECK(amountError("0.00", "EUR").contains(QStringLiteral("more than zero")));
    CHECK(amountError("12.345", "EUR").contains(QStringLiteral("more decimals than EUR")));
    CHECK(amountError("12.5", "JPY").contains(QStringLiteral("JPY has no minor unit")));
    CHECK(amountError("1.2345", "KWD").contains(QStringLiteral("more decimals than KWD")));
    CHECK(amountError("1,500.00", "EUR").contains(QStringLiteral("not an amount")));
    CHECK(amountError("€15", "EUR").contains(QStringLiteral("not an amount")));
    CHECK(amountError("1e6", "EUR").contains(QStringLiteral("not an amount")));
    CHECK(amountError("", "EUR").contains(QStringLiteral("missing")));
    CHECK(amountError("1000000001", "EUR").contains(QStringLiteral("not plausible")));
    CHECK(amountError("99999999999999999999999", "EUR").contains(QStringLiteral("not plausible")));
    CHECK(amount("1000000000", "EUR") == 100'000'000'000);
}

TEST_CASE("currencies are ISO 4217 codes Amparo knows with their minor units")
{
    CHECK(currencyMinorUnits(QStringLiteral("JPY")) == 0);
    CHECK(currencyMinorUnits(QStringLiteral("CHF")) == 2);
    CHECK(currencyMinorUnits(QStringLiteral("KWD")) == 3);
    CHECK_FALSE(currencyMinorUnits(QStringLiteral("XYZ")));
    CHECK(requireCurrency(QStringLiteral("The currency"), QStringLiteral(" eur ")) ==
          QStringLiteral("EUR"));
    try {
        requireCurrency(QStringLiteral("The currency"), QStringLiteral("EURO"));
        FAIL("EURO was accepted");
    } catch (const Error& error) {
        CHECK(error.message().contains(QStringLiteral("\"EURO\" is not a currency")));
    }
    CHECK(amountError("10", "ABC").contains(QStringLiteral("ABC")));
}

TEST_CASE("amounts are written as plain decimals with the currency's digits")
{
    CHECK(formatAmount(150000, QStringLiteral("EUR")) == QStringLiteral("1500.00"));
    CHECK(formatAmount(-7, QStringLiteral("EUR")) == QStringLiteral("-0.07"));
    CHECK(formatAmount(3000, QStringLiteral("JPY")) == QStringLiteral("3000"));
    CHECK(formatAmount(12005, QStringLiteral("KWD")) == QStringLiteral("12.005"));
    CHECK(formatAmount(std::numeric_limits<qint64>::min(), QStringLiteral("EUR")) ==
          QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("exchange rates are exact decimals")
{
    const ExchangeRate rate = parseRate(QStringLiteral("rate"), QStringLiteral("20.1234"));
    CHECK(rate.mantissa == 201234);
    CHECK(rate.scale == 4);
    CHECK(formatRate(rate) == QStringLiteral("20.1234"));
    CHECK(formatRate(parseRate(QStringLiteral("rate"), QStringLiteral("0.50"))) ==
          QStringLiteral("0.5"));
    for (const char* bad :
         {"0", "-1.2", "abc", "1.12345678901", "1000000000", "999999999.9999999999", ""}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(parseRate(QStringLiteral("rate"), QString::fromLatin1(bad)), Error);
    }
}

TEST_CASE("conversion to the fund currency rounds halves away from zero")
{
    // 10,000.00 MXN at EUR 1 = MXN 20 is exactly 500.00 EUR.
    CHECK(convert(1'000'000, "MXN", "20", "EUR") == 50'000);
    // 0.05 MXN / 2 = 0.025 EUR: a half cent, rounded up.
    CHECK(convert(5, "MXN", "2", "EUR") == 3);
    // 0.05 MXN / 3 = 0.01666… EUR rounds to 0.02.
    CHECK(convert(5, "MXN", "3", "EUR") == 2);
    // A refund (negative) rounds away from zero too.
    CHECK(convert(-5, "MXN", "2", "EUR") == -3);
    // Different minor units on each side: 1,000 JPY at EUR 1 = JPY 162.5 is 6.15 EUR (6.1538…).
    CHECK(convert(1000, "JPY", "162.5", "EUR") == 615);
    // 100.000 KWD at USD 1 = KWD 0.307 is 325.73 USD (325.7328…).
    CHECK(convert(100'000, "KWD", "0.307", "USD") == 32573);
    // A billion at a rate of ten decimals stays exact, and an absurd result is refused.
    CHECK(convert(100'000'000'000, "USD", "100", "EUR") == 1'000'000'000);
    try {
        convert(100'000'000'000, "USD", "0.0000000001", "EUR");
        FAIL("an absurd conversion was accepted");
    } catch (const Error& error) {
        CHECK(error.message().contains(QStringLiteral("check the rate")));
    }
}
