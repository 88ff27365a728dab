#pragma once

#include <QString>

namespace amparo {
namespace ui {

// The locale's short date format, but never with a two-digit year: records
// may be decades old, and "1/1/80" could be 1880. For every date field.
QString fullYearDateFormat();

} // namespace ui
} // namespace amparo
