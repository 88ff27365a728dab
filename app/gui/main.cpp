#include "common/AppSettings.h"
#include "common/LanguageSwitch.h"
#include "i18n/Translations.h"
#include "main/AppController.h"
#include "version/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

// Translated to "RTL" in right-to-left languages (Arabic): Qt reads it to
// lay out the whole application from right to left.
[[maybe_unused]] static const char* const kLayoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Amparo"));
    QApplication::setApplicationName(QStringLiteral("Amparo"));
    QApplication::setApplicationVersion(amparo::amparoVersion());
    // Matches the installed .desktop file, so desktops group windows under it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.amparo.Amparo"));
    QIcon icon;
    for (const char* size : {"32x32", "64x64", "256x256"})
        icon.addFile(QStringLiteral(":/icons/%1/org.amparo.Amparo.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(icon);

    amparo::Translations translations;
    const QString language = amparo::ui::AppSettings::language();
    translations.use(language.isEmpty() ? amparo::Translations::systemLanguage() : language);
    amparo::ui::setApplicationTranslations(&translations);

    // Passphrases are never taken from the command line: other users can
    // read it in the process list, and shells keep it in their history.
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "amparo::main", "Case management for organisations assisting victims of torture."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vault(
        QStringLiteral("vault"),
        QCoreApplication::translate("amparo::main", "Open the vault in folder <dir>."),
        QCoreApplication::translate("amparo::main", "dir"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("amparo::main", "Fill in the user name <name>."),
        QCoreApplication::translate("amparo::main", "name"));
    parser.addOption(vault);
    parser.addOption(user);
    parser.process(app);

    amparo::ui::AppController controller;
    controller.start(parser.value(vault), parser.value(user));
    return app.exec();
}
