#pragma once

#include <QString>

namespace amparo {

// An amount is an integer of the currency's minor unit (cents for EUR, yen
// for JPY, fils for KWD) with its ISO 4217 code — never a floating-point
// number. No single amount may exceed kMaxMajorUnits of its currency: a
// larger figure is a typing mistake, not a grant.
inline constexpr qint64 kMaxMajorUnits = 1'000'000'000;

struct Money
{
    qint64 minor = 0;
    QString currency;

    friend bool operator==(const Money&, const Money&) = default;
};

// The largest amount allowed in `currency`, in minor units.
qint64 maxMinorUnits(const QString& currency);

// Parses "1500", "1500.5" or "1500.50" (a '.' or ',' decimal mark, no
// grouping) in `currency`, which must be known. Refuses zero, negative and
// absurd amounts and more decimals than the currency has, each with a
// message naming `label`.
qint64 parseAmount(const QString& label, const QString& text, const QString& currency);
// The same check for an amount already in minor units.
qint64 requireAmount(const QString& label, qint64 minor, const QString& currency);

// A plain decimal with the currency's digits, '.' separator, no grouping
// ("-1500.00", "3000", "12.500"): the form of CSV files and the journal.
QString formatAmount(qint64 minor, const QString& currency);
// For people: "1,500.00 EUR" in the current locale's grouping.
QString displayAmount(qint64 minor, const QString& currency);

// An exchange rate as an exact decimal: value = mantissa / 10^scale.
// It says how many units of the paid currency one unit of the fund's
// currency buys, as banks and the ECB quote it (EUR 1 = MXN 20.1234).
struct ExchangeRate
{
    qint64 mantissa = 0;
    int scale = 0;

    friend bool operator==(const ExchangeRate&, const ExchangeRate&) = default;
};

// "20.1234": positive, at most 10 decimals, below one billion.
ExchangeRate parseRate(const QString& label, const QString& text);
QString formatRate(const ExchangeRate& rate);

// The one rounding rule of the ledger: `paidMinor` of `paidCurrency`
// expressed in `fundCurrency` at `rate`, exactly computed and then rounded
// to the nearest minor unit of the fund's currency, halves away from zero.
qint64 convertToFundCurrency(qint64 paidMinor, const QString& paidCurrency,
                             const ExchangeRate& rate, const QString& fundCurrency);

} // namespace amparo
