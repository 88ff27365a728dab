#include "common/LanguageSwitch.h"

#include "common/AppSettings.h"
#include "i18n/Translations.h"

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
    if (effective != installedTranslations->language())
        installedTranslations->use(effective);
}

} // namespace ui
} // namespace amparo
