#pragma once

#include "vault/VaultLayout.h"

#include <QString>

namespace amparo {

// One Amparo process at a time may have a vault open: two processes writing
// the same vault would each keep their own idea of the audit chain's head,
// the key slots and the throttle, and SQLite's own locking only protects
// single transactions, not that. The lock is an exclusive flock(2) on the
// vault's `lock` file, held until the last Session of this vault in this
// process is locked or destroyed; sessions of the same vault in one process
// (the GUI's, the tests') share it. The kernel drops it when the process
// ends, however it ends, so a crash never leaves a vault locked.
class VaultLock
{
public:
    // Throws Error(Refused) when another process has the vault open, and
    // Error(Storage) when the folder cannot be written.
    static VaultLock acquire(const VaultLayout& layout);

    VaultLock() = default;
    ~VaultLock();
    VaultLock(VaultLock&& other) noexcept;
    VaultLock& operator=(VaultLock&& other) noexcept;
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

    void release() noexcept;

private:
    VaultLock(QString key, int owner) : m_key(std::move(key)), m_owner(owner) {}

    QString m_key;   // the vault folder's canonical path; empty when not held
    int m_owner = 0; // the process that took it: a forked child's copy releases nothing
};

// Why Amparo cannot write in `directory`, in words for the person in front of
// the screen. The vault folder must be writable even to read the vault (the
// lock, the write-ahead log, the audit entry of every login).
QString readOnlyLocationMessage(const QString& directory);

} // namespace amparo
