#include "common/CountryNames.h"

#include <QCollator>
#include <QComboBox>
#include <QLocale>
#include <QSignalBlocker>
#include <algorithm>
#include <utility>
#include <vector>

namespace amparo {
namespace ui {
namespace {

void addCountries(QComboBox* combo, const QString& notKnownLabel)
{
    std::vector<std::pair<QString, QString>> countries; // name, code
    for (const QString& code : countryCodes())
        countries.emplace_back(countryName(code), code);
    QCollator collator{QLocale()};
    std::sort(countries.begin(), countries.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    combo->addItem(notKnownLabel, QString());
    for (const auto& [name, code] : countries)
        combo->addItem(name, code);
}

} // namespace

void fillCountries(QComboBox* combo, const QString& notKnownLabel)
{
    const QString selected = combo->currentData().toString();
    // The selection is the same country afterwards: nobody needs to hear of it.
    const QSignalBlocker quiet(combo);
    combo->clear();
    addCountries(combo, notKnownLabel);
    selectCountry(combo, selected);
}

void selectCountry(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code.toUpper());
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace ui
} // namespace amparo
