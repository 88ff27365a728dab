#include "vault/VaultLock.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace amparo {
namespace {

struct LockText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::VaultLock)
};

// The lock files this process holds, by vault folder, with the number of
// VaultLock objects sharing each. A second open() of the same file would be
// a new open file description, which flock() sees as a competitor: the
// count is what lets one process open several sessions of one vault.
// A forked child inherits this table but not the right to the vault: its
// entries name the process that took them.
struct HeldLock
{
    int fd = -1;
    int users = 0;
    pid_t owner = 0;
};

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<QString, HeldLock>& registry()
{
    static std::map<QString, HeldLock> held;
    return held;
}

[[noreturn]] void failToOpen(const VaultLayout& layout, int error)
{
    if (error == EACCES || error == EPERM || error == EROFS)
        throw Error(ErrorKind::Storage, readOnlyLocationMessage(layout.directory));
    if (error == ENOSPC || error == EDQUOT)
        throw Error(ErrorKind::DiskFull,
                    LockText::tr("The disk is full: Amparo cannot open the vault at %1. Free some "
                                 "space and try again; nothing was lost.")
                        .arg(layout.directory));
    throw Error(ErrorKind::Storage,
                LockText::tr("Cannot open the vault's lock file %1: %2.")
                    .arg(layout.lockFile(), QString::fromLocal8Bit(std::strerror(error))));
}

} // namespace

QString readOnlyLocationMessage(const QString& directory)
{
    return LockText::tr("Amparo cannot write in the vault folder %1: it is read-only, or it "
                        "belongs to another account. Amparo needs to write there to open the "
                        "vault; make the folder writable, or copy the vault to a folder you can "
                        "write to.")
        .arg(directory);
}

VaultLock VaultLock::acquire(const VaultLayout& layout)
{
    QString key = QFileInfo(layout.directory).canonicalFilePath();
    if (key.isEmpty())
        key = QFileInfo(layout.directory).absoluteFilePath();

    const std::lock_guard<std::mutex> guard(registryMutex());
    if (auto held = registry().find(key); held != registry().end()) {
        if (held->second.owner == ::getpid()) {
            ++held->second.users;
            return VaultLock(key, ::getpid());
        }
        // Inherited from the parent process, which still holds the vault
        // through its own copy of the descriptor.
        ::close(held->second.fd);
        registry().erase(held);
    }
    const QByteArray path = QFile::encodeName(layout.lockFile());
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        failToOpen(layout, errno);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            throw Error(ErrorKind::Refused,
                        LockText::tr("This vault is open in another Amparo window or program. "
                                     "Close it there first, then try again."));
        failToOpen(layout, error);
    }
    registry().emplace(key, HeldLock{fd, 1, ::getpid()});
    return VaultLock(key, ::getpid());
}

VaultLock::~VaultLock()
{
    release();
}

VaultLock::VaultLock(VaultLock&& other) noexcept
    : m_key(std::exchange(other.m_key, QString())), m_owner(other.m_owner)
{}

VaultLock& VaultLock::operator=(VaultLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_key = std::exchange(other.m_key, QString());
        m_owner = other.m_owner;
    }
    return *this;
}

void VaultLock::release() noexcept
{
    if (m_key.isEmpty())
        return;
    const std::lock_guard<std::mutex> guard(registryMutex());
    auto held = registry().find(m_key);
    if (held != registry().end() && m_owner == ::getpid() && held->second.owner == m_owner &&
        --held->second.users == 0) {
        // Closing the last descriptor of the open file description drops the flock.
        ::close(held->second.fd);
        registry().erase(held);
    }
    m_key.clear();
}

} // namespace amparo
