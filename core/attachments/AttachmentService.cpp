#include "attachments/AttachmentService.h"

#include "attachments/AttachmentFile.h"
#include "attachments/RecordOwner.h"
#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <cmath>
#include <string>

namespace amparo {
namespace {

struct AttachmentText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::AttachmentService)
};

constexpr qint64 kMegabyte = 1024 * 1024;
constexpr qint64 kDefaultMaxBytes = 25 * kMegabyte;

const QStringList& ownerTypes()
{
    static const QStringList types = {QStringLiteral("person"),    QStringLiteral("case"),
                                      QStringLiteral("violation"), QStringLiteral("assistance"),
                                      QStringLiteral("grant"),     QStringLiteral("disbursement")};
    return types;
}

// Megabytes with one decimal, rounded up or down so that a file just over
// the limit never reads as the same number as the limit.
QString megabytes(qint64 bytes, bool roundUp)
{
    const double tenths = static_cast<double>(bytes) * 10.0 / static_cast<double>(kMegabyte);
    return QString::number((roundUp ? std::ceil(tenths) : std::floor(tenths)) / 10.0, 'f', 1);
}

constexpr const char* kColumns =
    "SELECT a.id, a.owner_type, a.owner_id, a.file_name, a.media_type, a.size, "
    "a.sha256, a.added_by, u.login, a.added_at FROM attachments a "
    "JOIN users u ON u.id = a.added_by ";

Attachment readAttachment(const db::Statement& row)
{
    return {row.int64(0), row.text(1),
            row.int64(2), row.text(3),
            row.text(4),  row.int64(5),
            row.blob(6),  row.int64(7),
            row.text(8),  QDateTime::fromString(row.text(9), Qt::ISODateWithMs)};
}

// The file name may carry a person's name, which anonymisation must be able
// to erase: the trail keeps the checksum, which proves which file it was.
std::vector<audit::FieldChange> attachmentFields(const Attachment& a, bool added)
{
    std::vector<std::pair<QString, QString>> fields = {
        {QStringLiteral("owner_type"), a.ownerType},
        {QStringLiteral("owner_id"), QString::number(a.ownerId)},
        {QStringLiteral("file_name"), QStringLiteral("(sensitive)")},
        {QStringLiteral("media_type"), a.mediaType},
        {QStringLiteral("size"), QString::number(a.size)},
        {QStringLiteral("sha256"), QString::fromLatin1(a.sha256.toHex())},
    };
    std::vector<audit::FieldChange> changes;
    for (auto& [name, value] : fields)
        changes.push_back({name, added ? std::nullopt : std::optional<QString>(value),
                           added ? std::optional<QString>(value) : std::nullopt});
    return changes;
}

// Case material is written by caseworkers; a grant's documents by those who
// request grants; receipts of disbursements by finance.
auth::Permission writePermission(const QString& ownerType)
{
    if (ownerType == QLatin1String("grant"))
        return auth::Permission::RequestGrants;
    if (ownerType == QLatin1String("disbursement"))
        return auth::Permission::RecordLedger;
    return auth::Permission::EditCases;
}

} // namespace

Attachment AttachmentService::add(const QString& ownerType, qint64 ownerId, const QString& fileName,
                                  const QString& mediaType, const QByteArray& content)
{
    auth::requirePermission(m_session.user(), writePermission(ownerType));
    const RecordOwner owner = requireVisibleRecord(m_session, ownerType, ownerId, ownerTypes());
    if (fileName.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, AttachmentText::tr("The file name is required."));
    Attachment a;
    a.ownerType = owner.type;
    a.ownerId = owner.id;
    a.fileName = sanitizeFileName(fileName);
    if (content.isEmpty())
        throw Error(ErrorKind::Invalid,
                    AttachmentText::tr("The file \"%1\" is empty.").arg(a.fileName));
    db::Database& database = m_session.database();
    qint64 maxBytes = settings::integer(database, settings::kAttachmentMaxBytes);
    if (maxBytes <= 0)
        maxBytes = kDefaultMaxBytes;
    if (content.size() > maxBytes)
        throw Error(
            ErrorKind::Refused,
            AttachmentText::tr("The file \"%1\" is %2 MB; attachments may be at most "
                               "%3 MB.")
                .arg(a.fileName, megabytes(content.size(), true), megabytes(maxBytes, false)));
    a.mediaType = acceptedMediaType(mediaType, content);
    a.size = content.size();
    a.sha256 = sha256Of(content);
    a.addedBy = m_session.user().id;
    a.addedByLogin = m_session.user().login;
    const QDateTime now = m_session.clock().nowUtc();
    a.addedAt = now;

    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO attachments (owner_type, owner_id, file_name, media_type, size, "
                 "sha256, added_by, "
                 "added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, a.ownerType)
        .bind(2, a.ownerId)
        .bind(3, a.fileName)
        .bind(4, a.mediaType)
        .bind(5, a.size)
        .bindBlob(6, a.sha256)
        .bind(7, a.addedBy)
        .bind(8, toStoredTimestamp(now))
        .run();
    a.id = database.lastInsertRowId();
    database.prepare("INSERT INTO attachment_contents (attachment_id, content) VALUES (?1, ?2)")
        .bind(1, a.id)
        .bindBlob(2, content)
        .run();
    m_session.audit().append(m_session.actor(), QStringLiteral("attachment.add"),
                             QStringLiteral("attachment"), QString::number(a.id),
                             attachmentFields(a, true));
    m_session.notifyAfterCommit({QStringLiteral("attachment"), a.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return a;
}

void AttachmentService::remove(qint64 attachmentId)
{
    const Attachment a = get(attachmentId);
    auth::requirePermission(m_session.user(), writePermission(a.ownerType));
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database.prepare("DELETE FROM attachment_contents WHERE attachment_id = ?1")
        .bind(1, attachmentId)
        .run();
    database.prepare("DELETE FROM attachments WHERE id = ?1").bind(1, attachmentId).run();
    m_session.audit().append(m_session.actor(), QStringLiteral("attachment.remove"),
                             QStringLiteral("attachment"), QString::number(attachmentId),
                             attachmentFields(a, false));
    m_session.notifyAfterCommit(
        {QStringLiteral("attachment"), attachmentId, ChangeEvent::Kind::Deleted});
    transaction.commit();
}

std::vector<Attachment> AttachmentService::list(const QString& ownerType, qint64 ownerId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    const RecordOwner owner = requireVisibleRecord(m_session, ownerType, ownerId, ownerTypes());
    db::Statement statement = m_session.database().prepare(
        std::string(kColumns) +
        "WHERE a.owner_type = ?1 AND a.owner_id = ?2 ORDER BY a.added_at, a.id");
    statement.bind(1, owner.type).bind(2, owner.id);
    std::vector<Attachment> result;
    while (statement.step())
        result.push_back(readAttachment(statement));
    return result;
}

Attachment AttachmentService::get(qint64 attachmentId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    db::Statement statement =
        m_session.database().prepare(std::string(kColumns) + "WHERE a.id = ?1");
    if (!statement.bind(1, attachmentId).step())
        throw Error(ErrorKind::NotFound,
                    AttachmentText::tr("There is no attachment with the id %1.").arg(attachmentId));
    Attachment a = readAttachment(statement);
    try {
        requireVisibleRecord(m_session, a.ownerType, a.ownerId, ownerTypes());
    } catch (const Error& error) {
        // The file of a hidden record is as absent as the record.
        if (error.kind() == ErrorKind::NotFound)
            throw Error(
                ErrorKind::NotFound,
                AttachmentText::tr("There is no attachment with the id %1.").arg(attachmentId));
        throw;
    }
    return a;
}

QByteArray AttachmentService::content(qint64 attachmentId) const
{
    const Attachment a = get(attachmentId);
    db::Statement statement = m_session.database().prepare(
        "SELECT content FROM attachment_contents WHERE attachment_id = ?1");
    if (!statement.bind(1, attachmentId).step())
        throw Error(
            ErrorKind::Corrupt,
            AttachmentText::tr("The content of the file \"%1\" is missing.").arg(a.fileName));
    QByteArray bytes = statement.blob(0);
    if (bytes.size() != a.size || sha256Of(bytes) != a.sha256)
        throw Error(ErrorKind::Corrupt,
                    AttachmentText::tr("The file \"%1\" is damaged: its content no longer "
                                       "matches the SHA-256 recorded when it was added.")
                        .arg(a.fileName));
    return bytes;
}

QByteArray AttachmentService::contentForExport(qint64 attachmentId)
{
    QByteArray bytes = content(attachmentId);
    const Attachment a = get(attachmentId);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    m_session.audit().append(
        m_session.actor(), QStringLiteral("attachment.export"), QStringLiteral("attachment"),
        QString::number(attachmentId),
        {{QStringLiteral("owner_type"), std::nullopt, a.ownerType},
         {QStringLiteral("owner_id"), std::nullopt, QString::number(a.ownerId)},
         {QStringLiteral("sha256"), std::nullopt, QString::fromLatin1(a.sha256.toHex())}});
    transaction.commit();
    return bytes;
}

} // namespace amparo
