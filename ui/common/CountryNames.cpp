#include "common/CountryNames.h"

#include <QCollator>
#include <QComboBox>
#include <QLocale>
#include <algorithm>
#include <utility>
#include <vector>

namespace amparo {
namespace ui {

QString countryName(const QString& code)
{
    if (code.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

void addCountries(QComboBox* combo, const QString& notKnownLabel)
{
    std::vector<std::pair<QString, QString>> countries; // name, code
    for (int value = QLocale::AnyTerritory + 1; value <= QLocale::LastTerritory; ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        // Regions ("Latin America", "World") have no two-letter code.
        if (code.size() != 2 || QLocale::codeToTerritory(code) != territory)
            continue;
        countries.emplace_back(QLocale::territoryToString(territory), code);
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    combo->addItem(notKnownLabel, QString());
    for (const auto& [name, code] : countries)
        combo->addItem(name, code);
}

void setNotKnownLabel(QComboBox* combo, const QString& notKnownLabel)
{
    const int index = combo->findData(QString());
    if (index >= 0)
        combo->setItemText(index, notKnownLabel);
}

void selectCountry(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code.toUpper());
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace ui
} // namespace amparo
