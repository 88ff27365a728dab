#pragma once

#include <QString>

namespace amparo {

// Versions of Amparo and the libraries that hold its secrets, for `info`,
// the About dialog and bug reports. Nothing here is secret.
QString amparoVersion();
QString sqliteVersion();    // the SQLite that SQLCipher is built on
QString sqlcipherVersion(); // asked of SQLCipher itself, on an in-memory database
QString libsodiumVersion();
QString qtVersion();

} // namespace amparo
