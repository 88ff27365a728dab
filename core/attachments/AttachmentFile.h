#pragma once

#include <QByteArray>
#include <QString>

namespace amparo {

// The last part of `fileName` with every folder, control and invisible
// formatting character removed and the characters other systems forbid
// replaced, so the name can neither point elsewhere when the file is saved
// nor disguise its extension (U+202E "gpj.exe"). Never empty.
QString sanitizeFileName(const QString& fileName);

// The media type to keep for `content`: the declared one when it is one the
// application knows how to show and the content agrees with it, else what the
// content's first bytes prove, else application/octet-stream (saved, never
// shown). A file cannot reach the image or PDF viewer under a false label.
QString acceptedMediaType(const QString& declared, const QByteArray& content);

// SHA-256 of `content` (libsodium).
QByteArray sha256Of(const QByteArray& content);

} // namespace amparo
