#pragma once

#include <QString>

namespace amparo {
namespace test {

// Frames at the end of a SQLite write-ahead log that belong to no committed
// transaction: a writer died while it was appending a transaction's pages.
// SQLite ignores them when it next opens the database; the crash test counts
// them to know how many kills landed in the middle of a write. SQLCipher
// encrypts the pages, not the frame headers, so they can be read here.
// 0 when the log is missing or holds only committed transactions.
int uncommittedWalFrames(const QString& walPath);

} // namespace test
} // namespace amparo
