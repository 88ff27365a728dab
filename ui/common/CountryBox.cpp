#include "common/CountryBox.h"

#include "common/CountryNames.h"

namespace amparo {
namespace ui {

CountryBox::CountryBox(QWidget* parent) : QComboBox(parent)
{
    addCountries(this, tr("(choose a country)"));
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
