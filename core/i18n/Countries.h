#pragma once

#include <QString>
#include <QStringList>

namespace amparo {

// Countries are stored as ISO 3166-1 two-letter codes and shown by name in
// the reader's language. Qt names territories in English only, so the names
// are Amparo's own strings (context "amparo::Countries"), translated with
// the rest of the interface.

// Every country code Amparo knows, sorted by code.
QStringList countryCodes();
bool isKnownCountry(const QString& code);

// The English name as marked for translation ("Côte d’Ivoire"); empty for
// an unknown code.
const char* englishCountryName(const QString& code);

// The name in the interface's language; the code itself when unknown.
QString countryName(const QString& code);

} // namespace amparo
