#include "common/LanguageBox.h"

#include "common/AppSettings.h"
#include "common/LanguageSwitch.h"
#include "i18n/Translations.h"

#include <QEvent>
#include <QLocale>
#include <algorithm>

namespace amparo {
namespace ui {

LanguageBox::LanguageBox(QWidget* parent) : QComboBox(parent)
{
    addItem(QString(), QString());
    for (const QString& language : Translations::supportedLanguages())
        addItem(QString(), language);
    retranslate();
    setCurrentIndex(std::max(0, findData(AppSettings::language())));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { switchLanguage(language()); });
}

void LanguageBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void LanguageBox::retranslate()
{
    setAccessibleName(tr("Language"));
    setItemText(0, tr("The system's language"));
    for (int row = 1; row < count(); ++row) {
        const QLocale locale(itemData(row).toString());
        setItemText(row, tr("%1 (%2)").arg(locale.nativeLanguageName(),
                                           QLocale().languageToString(locale.language())));
    }
}

} // namespace ui
} // namespace amparo
