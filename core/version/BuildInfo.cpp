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

QString sqlcipherVersion()
{
    // PRAGMA cipher_version answers only on a keyed connection; an in-memory
    // database with a throw-away key touches no file.
    sqlite3* db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
        sqlite3_key(db, "version", 7) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            version =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
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
