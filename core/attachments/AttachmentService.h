#pragma once

#include "attachments/Attachment.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace amparo {

class Session;

// Files attached to people and case material, kept inside the encrypted
// database with their size and SHA-256 — never as files on disk, not even
// for a moment. The record a file belongs to must exist and be visible to
// the user, for reading as for writing: a file of a restricted case the user
// may not see does not exist for them.
class AttachmentService
{
public:
    explicit AttachmentService(Session& session) : m_session(session) {}

    // Refuses empty files and files above the attachment_max_bytes setting.
    Attachment add(const QString& ownerType, qint64 ownerId, const QString& fileName,
                   const QString& mediaType, const QByteArray& content);
    void remove(qint64 attachmentId);

    // Without content, oldest first.
    std::vector<Attachment> list(const QString& ownerType, qint64 ownerId) const;
    Attachment get(qint64 attachmentId) const;
    // Checked against the SHA-256 recorded when the file was added; throws
    // Error(Corrupt) when the stored bytes no longer match it.
    QByteArray content(qint64 attachmentId) const;
    // The content, checked like content(), for a copy the user writes
    // outside the vault: leaving the encryption is an export, so it is
    // audited ("attachment.export", with the checksum, not the name).
    QByteArray contentForExport(qint64 attachmentId);

private:
    Session& m_session;
};

} // namespace amparo
