#pragma once

#include <QString>

class QComboBox;

namespace amparo {
namespace ui {

// A country stored as its ISO 3166 two-letter code, shown by its name in the
// interface's language (the code itself when Qt does not know it).
QString countryName(const QString& code);

// Fills `combo` with "not known" (empty code) and every country Qt knows,
// sorted by name; each item's data is the code. The combo finds a country as
// the user types its first letters.
void addCountries(QComboBox* combo, const QString& notKnownLabel);

// Renames the "not known" item, when the language changes. The countries keep
// their names and order: Qt names them in English whatever the language.
void setNotKnownLabel(QComboBox* combo, const QString& notKnownLabel);

// Selects the item holding `code`, or the "not known" item.
void selectCountry(QComboBox* combo, const QString& code);

} // namespace ui
} // namespace amparo
