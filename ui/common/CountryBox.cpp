#include "common/CountryBox.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <vector>

namespace amparo {
namespace ui {

CountryBox::CountryBox(QWidget* parent) : QComboBox(parent)
{
    struct Country
    {
        QString name;
        QString code;
    };
    std::vector<Country> countries;
    for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        // Qt also lists regions (Latin America, the world) under three-digit codes.
        if (code.size() == 2)
            countries.push_back({QLocale::territoryToString(territory), code});
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(), [&collator](const Country& a, const Country& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    addItem(tr("(choose a country)"), QString());
    for (const Country& country : countries)
        addItem(country.name, country.code);
    setMaxVisibleItems(20);
}

QString CountryBox::code() const
{
    return currentData().toString();
}

void CountryBox::setCode(const QString& code)
{
    const int index = findData(code.toUpper());
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace ui
} // namespace amparo
