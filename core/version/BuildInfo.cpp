#include "version/BuildInfo.h"

#include "db/Sqlite.h"
#include "version/Version.h"

#include <QtGlobal>
#include <sodium.h>

namespace amparo {

QString amparoVersion()
{
    return QStringLiteral(AMPARO_VERSION);
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString libsodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace amparo
