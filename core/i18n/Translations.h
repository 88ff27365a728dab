#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace amparo {

// Installs Amparo's and Qt's own translations for a language, replacing
// whatever was installed before, so the language can change at run time.
class Translations
{
public:
    Translations();
    ~Translations();

    // "en", "fr", "es", "ru" or "ar"; anything else falls back to English.
    void use(const QString& language);
    QString language() const { return m_language; }

    static QStringList supportedLanguages();
    // The language to start with: the system's when supported, else English.
    static QString systemLanguage();

private:
    void removeInstalled();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_amparo;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace amparo
