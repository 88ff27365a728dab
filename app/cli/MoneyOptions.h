#pragma once

#include "CliArguments.h"
#include "money/Money.h"

#include <QDate>
#include <optional>

namespace amparo {
namespace cli {

// Options shared by the money commands. A value that is present but wrong
// is bad input (Error, exit 1) with the core's message naming the option.
qint64 amountOption(const CliArguments& arguments, const QString& option, const QString& currency);
std::optional<ExchangeRate> rateOption(const CliArguments& arguments);
std::optional<QDate> dateOption(const CliArguments& arguments, const QString& option);
// "true" or "false", as in every listing.
QString yesNo(bool value);

} // namespace cli
} // namespace amparo
