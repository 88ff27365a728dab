#include "common/CountryBox.h"

#include "common/CountryNames.h"

#include <QEvent>

namespace amparo {
namespace ui {

CountryBox::CountryBox(QWidget* parent) : QComboBox(parent)
{
    retranslate();
}

void CountryBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void CountryBox::retranslate()
{
    fillCountries(this, tr("(choose a country)"));
}

QString CountryBox::code() const
{
    return currentData().toString();
}

void CountryBox::setCode(const QString& code)
{
    selectCountry(this, code.toUpper());
}

} // namespace ui
} // namespace amparo
