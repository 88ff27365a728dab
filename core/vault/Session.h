#pragma once

#include "audit/AuditLog.h"
#include "auth/User.h"
#include "util/ChangeHub.h"
#include "vault/SecureBytes.h"
#include "vault/VaultLayout.h"
#include "vault/VaultLock.h"

#include <QByteArray>
#include <memory>

namespace amparo {

class Clock;
namespace db {
class Database;
}

// An unlocked vault, as one user. Everything a service needs comes from
// here: the database, the audit trail, who is acting and the clock. lock()
// (or destruction) closes the database and wipes the master key; after that
// every accessor throws.
class Session
{
public:
    // `vaultLock` keeps other processes out until this session locks.
    Session(VaultLayout layout, QByteArray vaultId, SecureBytes masterKey,
            std::unique_ptr<db::Database> database, auth::User user, const Clock& clock,
            VaultLock vaultLock);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    db::Database& database();
    audit::AuditLog& audit();
    const auth::User& user() const { return m_user; }
    audit::Actor actor() const { return {m_user.id, m_user.login}; }
    const Clock& clock() const { return m_clock; }
    const VaultLayout& layout() const { return m_layout; }
    const QByteArray& vaultId() const { return m_vaultId; }

    // Typed change notifications, published after commit.
    ChangeHub& changes() { return m_changes; }
    // Publishes `event` once the current transaction commits (at once if none).
    void notifyAfterCommit(ChangeEvent event);

    // Failed unlock attempts on this user's slot between their previous
    // successful login and this one.
    int failedAttemptsBeforeLogin() const { return m_failedAttempts; }
    void setFailedAttemptsBeforeLogin(int count) { m_failedAttempts = count; }
    // Set when the main key-slot file was damaged and the backup opened the vault.
    QString keySlotWarning() const { return m_keySlotWarning; }
    void setKeySlotWarning(QString warning) { m_keySlotWarning = std::move(warning); }

    // Refreshes the cached user after an administrator changed them.
    void reloadUser();

    void lock();
    bool isLocked() const { return m_database == nullptr; }

    // For the vault's own key management only.
    const SecureBytes& masterKey() const { return m_masterKey; }
    void replaceMasterKey(SecureBytes key) { m_masterKey = std::move(key); }

private:
    void requireUnlocked() const;

    VaultLayout m_layout;
    QByteArray m_vaultId;
    SecureBytes m_masterKey;
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<audit::AuditLog> m_audit;
    auth::User m_user;
    const Clock& m_clock;
    int m_failedAttempts = 0;
    QString m_keySlotWarning;
    ChangeHub m_changes;
    VaultLock m_vaultLock;
};

} // namespace amparo
