#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <chrono>

namespace amparo {
namespace ui {

// Every preference Amparo keeps outside the vault, in one place. Nothing
// here may identify a person: folder paths and window geometry only, never
// user names or passphrases.
class AppSettings
{
public:
    // Empty when the user never chose one.
    static QString language();
    // Empty: follow the system's language. Read at the next start.
    static void setLanguage(const QString& language);

    static QStringList recentVaults();
    static void rememberVault(const QString& directory);

    static std::chrono::minutes autoLockTimeout();

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray& geometry);
    // The sidebar section last shown, by its key ("cases"…); empty at first.
    static QString mainWindowSection();
    static void setMainWindowSection(const QString& section);
};

} // namespace ui
} // namespace amparo
