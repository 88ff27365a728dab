#include "common/LanguageBox.h"

#include "common/AppSettings.h"
#include "i18n/Translations.h"

#include <QLocale>
#include <algorithm>

namespace amparo {
namespace ui {

LanguageBox::LanguageBox(QWidget* parent) : QComboBox(parent)
{
    setAccessibleName(tr("Language"));
    addItem(tr("The system's language"), QString());
    for (const QString& language : Translations::supportedLanguages()) {
        const QLocale locale(language);
        addItem(tr("%1 (%2)").arg(locale.nativeLanguageName(),
                                  QLocale().languageToString(locale.language())),
                language);
    }
    setCurrentIndex(std::max(0, findData(AppSettings::language())));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { AppSettings::setLanguage(language()); });
}

} // namespace ui
} // namespace amparo
