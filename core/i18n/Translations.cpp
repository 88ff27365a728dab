#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace amparo {

Translations::Translations() = default;

Translations::~Translations()
{
    removeInstalled();
}

QStringList Translations::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ru"),
            QStringLiteral("ar")};
}

QString Translations::systemLanguage()
{
    const QString language = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(language) ? language : QStringLiteral("en");
}

void Translations::removeInstalled()
{
    if (m_amparo)
        QCoreApplication::removeTranslator(m_amparo.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_amparo.reset();
    m_qt.reset();
}

void Translations::use(const QString& language)
{
    removeInstalled();
    m_language = supportedLanguages().contains(language) ? language : QStringLiteral("en");
    QLocale::setDefault(QLocale(m_language));
    // English too: its file holds the plural forms of the source strings.
    m_amparo = std::make_unique<QTranslator>();
    if (m_amparo->load(QStringLiteral(":/i18n/amparo_") + m_language))
        QCoreApplication::installTranslator(m_amparo.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + m_language,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
}

} // namespace amparo
