#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace amparo {

// Replaces `path` with `contents` so that, whatever happens (crash, power
// cut, full disk), the file holds either the old or the new contents: write a
// temporary file beside it, fsync, rename over, fsync the directory. Files are
// created readable by their owner only.
void writeFileAtomically(const QString& path, const QByteArray& contents);

// The whole file, or nullopt when it does not exist. Throws Error(Corrupt)
// when it is larger than `maxSize`, Error(Storage) when it cannot be read.
std::optional<QByteArray> readSmallFile(const QString& path, qsizetype maxSize);

} // namespace amparo
