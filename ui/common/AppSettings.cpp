#include "common/AppSettings.h"

#include <QDir>
#include <QSettings>
#include <algorithm>

namespace amparo {
namespace ui {
namespace {

constexpr qsizetype kMaxRecentVaults = 8;
constexpr std::chrono::minutes kDefaultAutoLock{10};
constexpr std::chrono::minutes kMinAutoLock{1};
constexpr std::chrono::minutes kMaxAutoLock{24 * 60};

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString AppSettings::language()
{
    return QSettings().value(key("language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    if (language.isEmpty())
        QSettings().remove(key("language"));
    else
        QSettings().setValue(key("language"), language);
}

QStringList AppSettings::recentVaults()
{
    return QSettings().value(key("recentVaults")).toStringList();
}

void AppSettings::rememberVault(const QString& directory)
{
    const QString path = QDir::cleanPath(QDir(directory).absolutePath());
    QStringList recent = recentVaults();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentVaults)
        recent.removeLast();
    QSettings().setValue(key("recentVaults"), recent);
}

std::chrono::minutes AppSettings::autoLockTimeout()
{
    bool ok = false;
    const int minutes = QSettings().value(key("security/autoLockMinutes")).toInt(&ok);
    if (!ok)
        return kDefaultAutoLock;
    return std::clamp(std::chrono::minutes(minutes), kMinAutoLock, kMaxAutoLock);
}

QByteArray AppSettings::mainWindowGeometry()
{
    return QSettings().value(key("mainWindow/geometry")).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(key("mainWindow/geometry"), geometry);
}

QString AppSettings::mainWindowSection()
{
    return QSettings().value(key("mainWindow/sectionKey")).toString();
}

void AppSettings::setMainWindowSection(const QString& section)
{
    QSettings().setValue(key("mainWindow/sectionKey"), section);
}

} // namespace ui
} // namespace amparo
