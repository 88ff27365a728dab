#include "common/LanguageSwitch.h"

#include "common/AppSettings.h"
#include "common/DateFormat.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QWidget>

namespace amparo {
namespace ui {

namespace {
Translations* installedTranslations = nullptr;
}

void setApplicationTranslations(Translations* translations)
{
    installedTranslations = translations;
}

void switchLanguage(const QString& language)
{
    AppSettings::setLanguage(language);
    if (!installedTranslations)
        return;
    const QString effective = language.isEmpty() ? Translations::systemLanguage() : language;
    if (effective == installedTranslations->language())
        return;
    const QString oldDateFormat = fullYearDateFormat();
    installedTranslations->use(effective);
    // Widgets keep the locale they were made with, and date fields the
    // format they were given: both follow the new language only when told.
    for (QWidget* window : QApplication::topLevelWidgets())
        window->setLocale(QLocale());
    const QString dateFormat = fullYearDateFormat();
    for (QWidget* widget : QApplication::allWidgets()) {
        auto* edit = qobject_cast<QDateTimeEdit*>(widget);
        if (edit && edit->displayFormat() == oldDateFormat)
            edit->setDisplayFormat(dateFormat);
    }
}

} // namespace ui
} // namespace amparo
