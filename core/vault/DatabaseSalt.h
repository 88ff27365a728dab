#pragma once

#include <QByteArray>
#include <QString>

namespace amparo {

// SQLCipher begins every database file with 16 random bytes (its KDF salt)
// instead of the "SQLite format 3" header. The key-slot file records them so
// that a key-slot file copied from another vault is recognised as such,
// instead of failing as a "wrong passphrase".
QByteArray readDatabaseSalt(const QString& databasePath);

} // namespace amparo
