#include "backup/Backup.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Sqlite.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "settings/Settings.h"
#include "util/AtomicFile.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/KeySlotFile.h"
#include "vault/Session.h"
#include "vault/VaultLayout.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sodium.h>

namespace amparo {
namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Backup)
};

// "AMPARO-BACKUP", a version, then length-prefixed parts, then a BLAKE2b
// checksum of all that precedes it.
constexpr char kMagic[] = "AMPARO-BACKUP\n";
constexpr qint32 kFormatVersion = 1;
constexpr int kChecksumSize = crypto_generichash_BYTES; // 32
constexpr qint64 kMaxPartBytes = 64LL * 1024 * 1024 * 1024;
const char kLastBackupKey[] = "last_backup_at";

QByteArray checksumOf(const QByteArray& bytes)
{
    QByteArray digest(kChecksumSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), kChecksumSize,
                       reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return digest;
}

// The database, copied page by page through SQLite's backup API into a new
// file under the same key: a consistent snapshot even while others write.
QByteArray snapshotDatabase(Session& session, const QString& folder)
{
    const QString path = folder + QStringLiteral("/snapshot.db");
    {
        auto copy =
            db::Database::open(path, session.masterKey(), db::Database::OpenMode::CreateNew);
        sqlite3_backup* backup =
            sqlite3_backup_init(copy->handle(), "main", session.database().handle(), "main");
        if (!backup)
            db::throwSqliteError(copy->handle(), sqlite3_errcode(copy->handle()),
                                 BackupText::tr("starting the backup"));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            db::throwSqliteError(copy->handle(), rc, BackupText::tr("copying the database"));
        copy->checkpoint();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Storage,
                    BackupText::tr("Cannot read the snapshot: %1").arg(file.errorString()));
    return file.readAll();
}

QByteArray readFile(const QString& path, ErrorKind kindWhenMissing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(kindWhenMissing,
                    BackupText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

struct BackupParts
{
    QByteArray keySlots;
    QByteArray database;
};

QByteArray encode(const BackupParts& parts)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.writeRawData(kMagic, int(sizeof(kMagic) - 1));
    out << kFormatVersion << qint64(parts.keySlots.size());
    out.writeRawData(parts.keySlots.constData(), int(parts.keySlots.size()));
    out << qint64(parts.database.size());
    out.writeRawData(parts.database.constData(), int(parts.database.size()));
    return body + checksumOf(body);
}

// Checks everything a restore relies on before anything is written.
BackupParts decode(const QByteArray& file, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype magicSize = qsizetype(sizeof(kMagic) - 1);
    if (file.size() < magicSize || !file.startsWith(QByteArray(kMagic, magicSize)))
        throw Error(ErrorKind::Corrupt, BackupText::tr("%1 is not an Amparo backup.").arg(name));
    if (file.size() < magicSize + 4 + 8 + 8 + kChecksumSize)
        throw Error(
            ErrorKind::Corrupt,
            BackupText::tr("The backup %1 is truncated: it ends before its contents.").arg(name));
    const QByteArray body = file.left(file.size() - kChecksumSize);
    QDataStream in(body);
    in.setVersion(QDataStream::Qt_6_4);
    in.skipRawData(int(magicSize));
    qint32 version = 0;
    in >> version;
    if (version != kFormatVersion)
        throw Error(ErrorKind::Corrupt,
                    BackupText::tr("The backup %1 has format %2, which this version of Amparo "
                                   "does not know; update Amparo to restore it.")
                        .arg(name)
                        .arg(version));
    BackupParts parts;
    for (QByteArray* part : {&parts.keySlots, &parts.database}) {
        qint64 size = -1;
        in >> size;
        if (in.status() != QDataStream::Ok || size < 0 || size > kMaxPartBytes ||
            size > body.size() - in.device()->pos())
            throw Error(ErrorKind::Corrupt,
                        BackupText::tr("The backup %1 is truncated or damaged: a part is longer "
                                       "than the file.")
                            .arg(name));
        part->resize(size);
        in.readRawData(part->data(), int(size));
    }
    if (!in.atEnd())
        throw Error(ErrorKind::Corrupt,
                    BackupText::tr("The backup %1 is damaged: it has unexpected data.").arg(name));
    if (sodium_memcmp(checksumOf(body).constData(), file.constData() + body.size(),
                      kChecksumSize) != 0)
        throw Error(ErrorKind::Corrupt,
                    BackupText::tr("The backup %1 is damaged: its checksum does not match its "
                                   "contents.")
                        .arg(name));
    KeySlotFile::parse(parts.keySlots); // throws Corrupt naming the problem
    // An encrypted database has no readable header; a plain one would be a
    // foreign (or leaked) file and is never restored as a vault.
    if (parts.database.size() < 1024 || parts.database.startsWith("SQLite format 3"))
        throw Error(
            ErrorKind::Corrupt,
            BackupText::tr("The backup %1 does not hold an encrypted Amparo database.").arg(name));
    return parts;
}

} // namespace

BackupSummary writeBackup(Session& session, const QString& outPath)
{
    auth::requirePermission(session.user(), auth::Permission::BackupVault);
    if (outPath.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, BackupText::tr("The backup needs a file name."));
    const QFileInfo target(outPath);
    if (target.absoluteFilePath().startsWith(
            QFileInfo(session.layout().directory).absoluteFilePath() + QLatin1Char('/')))
        throw Error(ErrorKind::Invalid,
                    BackupText::tr("Write the backup outside the vault folder, ideally on "
                                   "another disk."));
    // The snapshot is encrypted like the vault; it lives next to the backup
    // only until the backup is written.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.amparo-backup-XXXXXX"));
    if (!work.isValid())
        throw Error(ErrorKind::Storage,
                    BackupText::tr("Cannot write in %1.").arg(target.absolutePath()));
    BackupParts parts;
    parts.database = snapshotDatabase(session, work.path());
    // The snapshot is a new file with its own SQLCipher salt; the key slots
    // that travel with it must name that salt (see DatabaseSalt.h).
    KeySlotFile slots =
        KeySlotFile::parse(readFile(session.layout().keySlots(), ErrorKind::Storage));
    slots.databaseSalt = parts.database.left(16);
    parts.keySlots = slots.serialize();
    const QByteArray encoded = encode(parts);
    writeFileAtomically(outPath, encoded);

    // Proof that it restores: decode what is on disk and open its database.
    const BackupParts reread = decode(readFile(outPath, ErrorKind::Storage), outPath);
    const QString probe = work.path() + QStringLiteral("/probe.db");
    writeFileAtomically(probe, reread.database);
    {
        auto opened =
            db::Database::open(probe, session.masterKey(), db::Database::OpenMode::OpenExisting);
        db::Statement check = opened->prepare("PRAGMA quick_check");
        if (!check.step() || check.text(0) != QLatin1String("ok"))
            throw Error(ErrorKind::Corrupt,
                        BackupText::tr("The backup written to %1 did not verify: %2")
                            .arg(outPath, check.text(0)));
    }

    const QDateTime now = session.clock().nowUtc();
    db::Database& database = session.database();
    db::Transaction transaction(database);
    database.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)")
        .bind(1, QString::fromLatin1(kLastBackupKey))
        .bind(2, toStoredTimestamp(now))
        .run();
    session.audit().append(
        session.actor(), QStringLiteral("vault.backup"), QStringLiteral("vault"),
        QStringLiteral("backup"),
        {{QStringLiteral("file"), std::nullopt, target.absoluteFilePath()},
         {QStringLiteral("bytes"), std::nullopt, QString::number(encoded.size())}});
    transaction.commit();
    return {target.absoluteFilePath(), encoded.size(), now};
}

std::optional<QDateTime> lastBackupAt(Session& session)
{
    db::Statement select = session.database().prepare("SELECT value FROM settings WHERE key = ?1");
    if (!select.bind(1, QString::fromLatin1(kLastBackupKey)).step())
        return std::nullopt;
    return QDateTime::fromString(select.text(0), Qt::ISODateWithMs);
}

int backupReminderDays(Session& session)
{
    const qint64 days = settings::integer(session.database(), settings::kBackupReminderDays);
    return days > 0 ? int(days) : 7;
}

void restoreBackup(const QString& backupPath, const QString& targetDirectory)
{
    if (targetDirectory.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, BackupText::tr("Say where to restore the vault."));
    const QDir target(targetDirectory);
    if (target.exists() && !target.isEmpty())
        throw Error(ErrorKind::Refused,
                    BackupText::tr("%1 is not empty; restore into a new folder so that nothing "
                                   "is overwritten.")
                        .arg(targetDirectory));
    const BackupParts parts = decode(readFile(backupPath, ErrorKind::NotFound), backupPath);

    // Everything is written into a sibling folder first and moved into place
    // at the end: a failure half-way leaves nothing at the target.
    const QFileInfo targetInfo(targetDirectory);
    QDir parent = targetInfo.absoluteDir();
    if (!parent.exists() && !parent.mkpath(QStringLiteral(".")))
        throw Error(ErrorKind::Storage,
                    BackupText::tr("Cannot create %1.").arg(parent.absolutePath()));
    QTemporaryDir staging(parent.absolutePath() + QStringLiteral("/.amparo-restore-XXXXXX"));
    if (!staging.isValid())
        throw Error(ErrorKind::Storage,
                    BackupText::tr("Cannot write in %1.").arg(parent.absolutePath()));
    const VaultLayout layout(staging.path());
    writeFileAtomically(layout.database(), parts.database);
    writeFileAtomically(layout.keySlots(), parts.keySlots);
    writeFileAtomically(layout.keySlotsBackup(), parts.keySlots);
    QFile::setPermissions(staging.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (target.exists())
        parent.rmdir(targetInfo.fileName());
    if (!parent.rename(staging.path(), targetInfo.absoluteFilePath()))
        throw Error(ErrorKind::Storage,
                    BackupText::tr("Cannot move the restored vault to %1.").arg(targetDirectory));
    staging.setAutoRemove(false);
}

} // namespace amparo
