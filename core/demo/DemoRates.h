#pragma once

#include "money/Money.h"

#include <QString>

namespace amparo {
namespace demo {

// The currency a demo country's beneficiaries are paid in ("MX" → MXN);
// US dollars where transfers in the local currency are not practical, euros
// where payments go through partners abroad.
QString paymentCurrency(const QString& country);

// How many units of `paid` one unit of `fund` buys, from plausible
// reference rates moved by `driftPerMille` (−30 for 3 % fewer): the rate of
// the day that finance types in. Four decimals, as banks quote them.
ExchangeRate demoRate(const QString& fund, const QString& paid, int driftPerMille = 0);

// The amount of `paid` worth `fundMinor` of `fund` at `rate`: the largest
// one that convertToFundCurrency does not turn into more than `fundMinor`.
qint64 paidAmountFor(qint64 fundMinor, const QString& fund, const ExchangeRate& rate,
                     const QString& paid);

// `count` whole units of `currency` in its minor unit (10 EUR → 1000).
qint64 wholeUnits(qint64 count, const QString& currency);

// `minor` rounded down to tens of the currency's major unit, at least ten:
// the amounts of budgets.
qint64 roundToTens(qint64 minor, const QString& currency);

// `minor` of `currency` rounded down to three significant digits of its
// major unit (23,456.78 → 23,400.00), as people write amounts they choose;
// never below one major unit.
qint64 roundAmount(qint64 minor, const QString& currency);

} // namespace demo
} // namespace amparo
