#pragma once

#include <QString>

namespace amparo {
class Translations;
}

namespace amparo {
namespace ui {

// The running application's translations, installed once by main(), so
// that Settings and the first-run wizard can change the language at once.
void setApplicationTranslations(Translations* translations);

// Saves `language` ("" for the system's) as this computer's choice and
// switches to it without a restart: Qt sends QEvent::LanguageChange to every
// widget, each retranslates itself, and Arabic turns the layout right to
// left; windows take the language's locale and date fields its date format.
// Without installed translations (some tests) it only saves.
void switchLanguage(const QString& language);

} // namespace ui
} // namespace amparo
