#pragma once

#include "i18n/Countries.h"

class QComboBox;

namespace amparo {
namespace ui {

// Fills `combo` with "not known" (empty code) and every country, sorted by
// its name in the interface's language; each item's data is the code. Called
// again when the language changes, it renames and re-sorts them and keeps
// the selected country. The combo finds a country as the user types its
// first letters.
void fillCountries(QComboBox* combo, const QString& notKnownLabel);

// Selects the item holding `code`, or the "not known" item.
void selectCountry(QComboBox* combo, const QString& code);

} // namespace ui
} // namespace amparo
