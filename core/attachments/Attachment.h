#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace amparo {

// A file kept inside the encrypted database, described without its content
// (which is read on its own, and only when shown).
struct Attachment
{
    qint64 id = 0;
    QString ownerType; // person, case, violation, assistance, grant, disbursement
    qint64 ownerId = 0;
    QString fileName;  // sanitised: no folders, no control characters
    QString mediaType; // one of the types the application shows, or application/octet-stream
    qint64 size = 0;
    QByteArray sha256; // 32 bytes, of the content as added
    qint64 addedBy = 0;
    QString addedByLogin;
    QDateTime addedAt;
};

} // namespace amparo
