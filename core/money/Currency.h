#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace amparo {

// ISO 4217 currencies and the number of digits of their minor unit (EUR 2,
// JPY 0, KWD 3). Amounts are stored as integers of that minor unit.
std::optional<int> currencyMinorUnits(const QString& code);
QStringList knownCurrencies();

// The code upper-cased; throws Error(Invalid) naming `label` when it is not
// a currency Amparo knows.
QString requireCurrency(const QString& label, const QString& code);

} // namespace amparo
