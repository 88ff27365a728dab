#include "vault/Session.h"

#include "auth/UserRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Session)
};

} // namespace

Session::Session(VaultLayout layout, QByteArray vaultId, SecureBytes masterKey,
                 std::unique_ptr<db::Database> database, auth::User user, const Clock& clock,
                 VaultLock vaultLock)
    : m_layout(std::move(layout)), m_vaultId(std::move(vaultId)), m_masterKey(std::move(masterKey)),
      m_database(std::move(database)),
      m_audit(std::make_unique<audit::AuditLog>(*m_database, clock)), m_user(std::move(user)),
      m_clock(clock), m_vaultLock(std::move(vaultLock))
{}

Session::~Session()
{
    lock();
}

void Session::requireUnlocked() const
{
    if (!m_database)
        throw Error(ErrorKind::Refused, SessionText::tr("The vault is locked."));
}

db::Database& Session::database()
{
    requireUnlocked();
    return *m_database;
}

audit::AuditLog& Session::audit()
{
    requireUnlocked();
    return *m_audit;
}

void Session::reloadUser()
{
    requireUnlocked();
    if (auto user = auth::UserRepository(*m_database).findById(m_user.id))
        m_user = std::move(*user);
}

void Session::notifyAfterCommit(ChangeEvent event)
{
    database().afterCommit([this, event = std::move(event)] { m_changes.publish(event); });
}

void Session::lock()
{
    if (m_database) {
        // Best effort: a full disk must not stop the key from being wiped.
        try {
            db::Transaction transaction(*m_database);
            m_audit->append(actor(), QStringLiteral("lock"), QStringLiteral("vault"), {});
            transaction.commit();
        } catch (const Error&) {
        }
    }
    m_audit.reset();
    m_database.reset();
    m_masterKey.clear();
    // Only once the database is closed may another process open the vault.
    m_vaultLock.release();
}

} // namespace amparo
