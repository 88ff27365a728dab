#include "vault/Vault.h"

#include "auth/UserRepository.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "util/AtomicFile.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/DatabaseSalt.h"
#include "vault/KeySlotStore.h"
#include "vault/LoginThrottle.h"
#include "vault/ProcessHardening.h"
#include "vault/RecoveryKey.h"
#include "vault/Session.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace amparo {
namespace {

struct VaultText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Vault)
};

using audit::FieldChange;

// Removes what a failed create() wrote, so a second attempt starts clean.
class CreationGuard
{
public:
    CreationGuard(VaultLayout layout, bool createdDirectory)
        : m_layout(std::move(layout)), m_createdDirectory(createdDirectory)
    {}
    ~CreationGuard()
    {
        if (m_done)
            return;
        for (const QString& path :
             QStringList{m_layout.database(), m_layout.database() + QStringLiteral("-wal"),
                         m_layout.database() + QStringLiteral("-shm"), m_layout.keySlots(),
                         m_layout.keySlotsBackup(), m_layout.attempts(), m_layout.lockFile()})
            QFile::remove(path);
        if (m_createdDirectory)
            QDir().rmdir(m_layout.directory);
    }
    void release() { m_done = true; }

private:
    VaultLayout m_layout;
    bool m_createdDirectory = false;
    bool m_done = false;
};

// Owner only: the files are encrypted, but their sizes and times are not,
// and no other account on the machine has any business with them.
void restrictToOwner(const QString& path, mode_t mode)
{
    if (::chmod(QFile::encodeName(path).constData(), mode) != 0)
        throw Error(ErrorKind::Storage,
                    VaultText::tr("Cannot restrict the permissions of %1 to its owner.").arg(path));
}

bool prepareDirectory(const QString& directory)
{
    QFileInfo info(directory);
    if (info.exists()) {
        if (!info.isDir() ||
            !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            throw Error(ErrorKind::Refused,
                        VaultText::tr("%1 already exists and is not an empty folder; choose a new "
                                      "location for the vault.")
                            .arg(directory));
        restrictToOwner(directory, 0700);
        return false;
    }
    if (!QDir().mkpath(directory))
        throw Error(ErrorKind::Storage,
                    VaultText::tr("Cannot create the folder %1.").arg(directory));
    restrictToOwner(directory, 0700);
    return true;
}

QByteArray storedVaultId(db::Database& db)
{
    db::Statement statement = db.prepare("SELECT value FROM vault_meta WHERE key = 'vault_id'");
    return statement.step() ? statement.blob(0) : QByteArray();
}

struct OpenedDatabase
{
    std::unique_ptr<db::Database> database;
    SecureBytes masterKey;
    bool usedOlderKey = false;
};

// Tries the slot's master keys newest first: during an interrupted rotation
// the database may still be under the previous key.
OpenedDatabase openWithSlot(const VaultLayout& layout, const KeySlotFile& file, const KeySlot& slot,
                            const SecureBytes& secretKey)
{
    std::vector<SecureBytes> keys = unsealMasterKeys(slot, secretKey);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        try {
            auto database = db::Database::open(layout.database(), keys[i],
                                               db::Database::OpenMode::OpenExisting);
            if (storedVaultId(*database) != file.vaultId)
                throw Error(ErrorKind::Corrupt,
                            VaultText::tr("The key-slot file does not belong to this vault."));
            return {std::move(database), std::move(keys[i]), i > 0};
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::Authentication || i + 1 == keys.size())
                throw;
        }
    }
    throw Error(ErrorKind::Corrupt, VaultText::tr("The key slot holds no usable master key."));
}

void spendKeyDerivationTime(const KeySlotFile& file, const SecureBytes& passphrase)
{
    for (const KeySlot& slot : file.slots) {
        if (slot.kind == KeySlot::Kind::User) {
            QByteArray salt(kKdfSaltSize, Qt::Uninitialized);
            randombytes_buf(salt.data(), kKdfSaltSize);
            deriveKey(passphrase, salt, slot.kdf);
            return;
        }
    }
}

bool writable(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0 || errno == ENOENT;
}

// Everything that keeps a vault from opening before any key is derived: no
// vault there, a folder Amparo cannot write in, another process using it.
// Returns the lock the session will hold.
VaultLock lockExistingVault(const VaultLayout& layout)
{
    const QFileInfo location(layout.directory);
    if (location.exists() && !location.isDir())
        throw Error(ErrorKind::NotFound,
                    VaultText::tr("%1 is a file, not a folder: choose the folder that holds the "
                                  "Amparo vault.")
                        .arg(layout.directory));
    if (!Vault::exists(layout.directory))
        throw Error(ErrorKind::NotFound,
                    VaultText::tr("There is no Amparo vault at %1.").arg(layout.directory));
    if (!writable(layout.directory) || !writable(layout.database()))
        throw Error(ErrorKind::Storage, readOnlyLocationMessage(layout.directory));
    return VaultLock::acquire(layout);
}

// The vault's own key-slot file, told apart by the database salt it records.
// When the main copy came from another vault (copied over it by mistake) and
// the backup copy is still this vault's own, the backup opens the vault and
// finishLogin() puts it back as the main copy.
KeySlotStore::Loaded loadSlots(const VaultLayout& layout)
{
    KeySlotStore::Loaded loaded = KeySlotStore(layout).load();
    const QByteArray salt = readDatabaseSalt(layout.database());
    if (loaded.file.databaseSalt == salt)
        return loaded;
    const QString foreign =
        VaultText::tr("The key-slot file in %1 belongs to another vault: it does not match this "
                      "vault's database (or the database file was replaced). Put this vault's own "
                      "key-slot file back, or restore the vault from a backup.")
            .arg(layout.directory);
    if (!loaded.fromBackup) {
        try {
            if (const auto backup = readSmallFile(layout.keySlotsBackup(), kMaxKeySlotFileSize)) {
                KeySlotFile file = KeySlotFile::parse(*backup);
                if (file.databaseSalt == salt)
                    return {std::move(file), true, foreign};
            }
        } catch (const Error&) {
            // A damaged backup copy changes nothing: the main copy's problem is the one to tell.
        }
    }
    throw Error(ErrorKind::Corrupt, foreign);
}

auth::User requireActiveUser(db::Database& database, const QString& login)
{
    const auto user = auth::UserRepository(database).findByLogin(login);
    if (!user || user->status == auth::UserStatus::Removed)
        throw Error(ErrorKind::Authentication, VaultText::tr("Wrong user name or passphrase."));
    if (user->status == auth::UserStatus::Disabled)
        throw Error(
            ErrorKind::Refused,
            VaultText::tr("The account \"%1\" is disabled; ask an administrator.").arg(login));
    return *user;
}

// Records the login (and the failures before it) and repairs what can be
// repaired now that the master key is known.
std::unique_ptr<Session> finishLogin(const VaultLayout& layout, KeySlotStore::Loaded loaded,
                                     OpenedDatabase opened, const QString& login,
                                     const QByteArray& slotId, const Clock& clock, VaultLock lock)
{
    db::migrate(*opened.database);
    auth::User user = requireActiveUser(*opened.database, login);
    LoginThrottle throttle(layout.attempts(), clock);
    const int failures = throttle.failures(slotId);

    auto session = std::make_unique<Session>(
        layout, loaded.file.vaultId, std::move(opened.masterKey), std::move(opened.database),
        std::move(user), clock, std::move(lock));
    {
        db::Transaction transaction(session->database());
        auth::UserRepository(session->database()).setLastLogin(session->user().id, clock.nowUtc());
        session->audit().append(
            session->actor(), QStringLiteral("login"), QStringLiteral("user"),
            QString::number(session->user().id),
            {{QStringLiteral("failed_attempts_before"), std::nullopt, QString::number(failures)}});
        if (loaded.fromBackup)
            session->audit().append(session->actor(),
                                    QStringLiteral("keyslots.restore_from_backup"),
                                    QStringLiteral("vault"), {},
                                    {{QStringLiteral("problem"), loaded.warning, std::nullopt}});
        transaction.commit();
    }
    throttle.takeFailures(slotId);
    session->setFailedAttemptsBeforeLogin(failures);
    session->setKeySlotWarning(loaded.warning);

    if (opened.usedOlderKey) {
        // A rotation was interrupted before the rekey: forget the unused new key.
        loaded.file.resealAll({&session->masterKey()});
        KeySlotStore(layout).save(loaded.file);
    } else if (loaded.fromBackup) {
        KeySlotStore(layout).save(loaded.file);
    }
    hardenProcessForOpenVault();
    return session;
}

} // namespace

bool Vault::exists(const QString& directory)
{
    const VaultLayout layout(directory);
    return QFileInfo::exists(layout.keySlots()) || QFileInfo::exists(layout.keySlotsBackup());
}

CreatedVault Vault::create(NewVault request, const Clock& clock)
{
    const QString login = auth::normalizeLogin(request.adminLogin);
    const QString displayName =
        request.adminDisplayName.trimmed().isEmpty() ? login : request.adminDisplayName.trimmed();
    requireAcceptablePassphrase(request.passphrase);
    if (request.directory.trimmed().isEmpty())
        throw Error(ErrorKind::Invalid, VaultText::tr("Choose a folder for the vault."));
    const QString directory = QFileInfo(request.directory).absoluteFilePath();

    const VaultLayout layout(directory);
    CreationGuard guard(layout, prepareDirectory(directory));
    VaultLock lock = VaultLock::acquire(layout);

    QByteArray vaultId(kVaultIdSize, Qt::Uninitialized);
    randombytes_buf(vaultId.data(), kVaultIdSize);
    SecureBytes masterKey = SecureBytes::random(kMasterKeySize);
    auto database =
        db::Database::open(layout.database(), masterKey, db::Database::OpenMode::CreateNew);
    restrictToOwner(layout.database(), 0600); // before anything is written into it
    db::migrate(*database);

    auth::User admin;
    admin.login = login;
    admin.displayName = displayName;
    admin.roles = {auth::Role::Admin};
    admin.createdAt = clock.nowUtc();
    {
        db::Transaction transaction(*database);
        db::Statement meta =
            database->prepare("INSERT INTO vault_meta (key, value) VALUES (?1, ?2)");
        meta.bind(1, QStringLiteral("vault_id")).bindBlob(2, vaultId).run();
        meta.reset();
        meta.bind(1, QStringLiteral("created_at"))
            .bindBlob(2, toStoredTimestamp(admin.createdAt).toUtf8())
            .run();
        admin.id = auth::UserRepository(*database).insert(admin);
        // Creating the vault is the administrator's first login.
        auth::UserRepository(*database).setLastLogin(admin.id, admin.createdAt);
        admin.lastLoginAt = admin.createdAt;
        audit::AuditLog log(*database, clock);
        const audit::Actor actor{admin.id, login};
        log.append(actor, QStringLiteral("vault.create"), QStringLiteral("vault"), {},
                   {{QStringLiteral("schema_version"), std::nullopt,
                     QString::number(db::latestSchemaVersion())}});
        log.append(
            actor, QStringLiteral("user.create"), QStringLiteral("user"), QString::number(admin.id),
            {{QStringLiteral("login"), std::nullopt, login},
             {QStringLiteral("display_name"), std::nullopt, displayName},
             {QStringLiteral("roles"), std::nullopt, admin.roles.names().join(QLatin1Char(','))}});
        transaction.commit();
    }
    // The salt must be in the main file, not only in the write-ahead log.
    database->checkpoint();

    const SecureBytes recoveryKey = generateRecoveryKey();
    KeySlotFile slots;
    slots.vaultId = vaultId;
    slots.databaseSalt = readDatabaseSalt(layout.database());
    slots.put(createSlot(KeySlot::Kind::User, vaultId, slotIdForLogin(vaultId, login),
                         request.passphrase, request.kdf, {&masterKey}));
    slots.put(createSlot(KeySlot::Kind::Recovery, vaultId, recoverySlotId(), recoveryKey,
                         KdfParams::forProfile(KdfProfile::Interactive), {&masterKey}));
    KeySlotStore(layout).save(slots);

    guard.release();
    hardenProcessForOpenVault();
    CreatedVault created;
    created.session = std::make_unique<Session>(layout, vaultId, std::move(masterKey),
                                                std::move(database), admin, clock, std::move(lock));
    created.recoveryKey = formatRecoveryKey(recoveryKey);
    return created;
}

std::unique_ptr<Session> Vault::open(const QString& directory, const QString& login,
                                     const SecureBytes& passphrase, const Clock& clock)
{
    const VaultLayout layout(QFileInfo(directory).absoluteFilePath());
    VaultLock lock = lockExistingVault(layout);
    KeySlotStore::Loaded loaded = loadSlots(layout);
    const QString normalized = auth::normalizeLogin(login);
    const QByteArray slotId = slotIdForLogin(loaded.file.vaultId, normalized);
    const KeySlot* slot = loaded.file.find(KeySlot::Kind::User, slotId);
    if (!slot) {
        // The same work as a real attempt, so that the time taken does not
        // tell whether the user name exists.
        spendKeyDerivationTime(loaded.file, passphrase);
        throw Error(ErrorKind::Authentication, VaultText::tr("Wrong user name or passphrase."));
    }

    LoginThrottle throttle(layout.attempts(), clock);
    throttle.requireAllowed(slotId);
    SecureBytes secretKey;
    try {
        secretKey = unlockSlotSecretKey(*slot, loaded.file.vaultId, passphrase);
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::Authentication)
            throttle.recordFailure(slotId);
        throw;
    }
    OpenedDatabase opened = openWithSlot(layout, loaded.file, *slot, secretKey);
    return finishLogin(layout, std::move(loaded), std::move(opened), normalized, slotId, clock,
                       std::move(lock));
}

std::unique_ptr<Session>
Vault::resetPassphraseWithRecoveryKey(const QString& directory, const SecureBytes& recoveryKey,
                                      const QString& login, const SecureBytes& newPassphrase,
                                      const KdfParams& kdf, const Clock& clock)
{
    const VaultLayout layout(QFileInfo(directory).absoluteFilePath());
    const QString normalized = auth::normalizeLogin(login);
    requireAcceptablePassphrase(newPassphrase);
    const SecureBytes canonical = normalizeRecoveryKey(recoveryKey);
    VaultLock lock = lockExistingVault(layout);
    KeySlotStore::Loaded loaded = loadSlots(layout);
    const KeySlot* slot = loaded.file.find(KeySlot::Kind::Recovery, recoverySlotId());
    if (!slot)
        throw Error(ErrorKind::NotFound, VaultText::tr("This vault has no recovery key."));

    LoginThrottle throttle(layout.attempts(), clock);
    throttle.requireAllowed(recoverySlotId());
    SecureBytes secretKey;
    try {
        secretKey = unlockSlotSecretKey(*slot, loaded.file.vaultId, canonical);
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Authentication)
            throw;
        throttle.recordFailure(recoverySlotId());
        throw Error(ErrorKind::Authentication,
                    VaultText::tr("The recovery key is not the one of this vault."));
    }
    OpenedDatabase opened = openWithSlot(layout, loaded.file, *slot, secretKey);
    db::migrate(*opened.database);
    const auth::User user = requireActiveUser(*opened.database, normalized);

    const QByteArray slotId = slotIdForLogin(loaded.file.vaultId, normalized);
    loaded.file.put(createSlot(KeySlot::Kind::User, loaded.file.vaultId, slotId, newPassphrase, kdf,
                               {&opened.masterKey}));
    {
        db::Transaction transaction(*opened.database);
        audit::AuditLog(*opened.database, clock)
            .append({user.id, user.login}, QStringLiteral("user.passphrase_reset"),
                    QStringLiteral("user"), QString::number(user.id),
                    {{QStringLiteral("method"), std::nullopt, QStringLiteral("recovery_key")}});
        // The slot file changes inside the transaction: if it cannot be
        // written, the audit entry rolls back with it.
        KeySlotStore(layout).save(loaded.file);
        transaction.commit();
    }
    throttle.takeFailures(recoverySlotId());
    loaded.fromBackup = false;
    opened.usedOlderKey = false;
    return finishLogin(layout, std::move(loaded), std::move(opened), normalized, slotId, clock,
                       std::move(lock));
}

} // namespace amparo
