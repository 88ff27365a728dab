#include "vault/UserAdministration.h"

#include "auth/Permission.h"
#include "auth/UserRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/DatabaseSalt.h"
#include "vault/KeySlotStore.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::UserAdministration)
};

using auth::Permission;
using auth::Role;

QString joinedRoles(auth::RoleSet roles)
{
    return roles.names().join(QLatin1Char(','));
}

constexpr qsizetype kMaxDisplayNameLength = 200;

QString validDisplayName(const QString& displayName, const QString& login)
{
    const QString trimmed = displayName.simplified();
    if (trimmed.size() > kMaxDisplayNameLength)
        throw Error(ErrorKind::Invalid,
                    AdminText::tr("The display name is too long (at most %1 characters).")
                        .arg(kMaxDisplayNameLength));
    return trimmed.isEmpty() ? login : trimmed;
}

} // namespace

auth::User UserAdministration::requireUser(const QString& login) const
{
    const QString normalized = auth::normalizeLogin(login);
    auto user = auth::UserRepository(m_session.database()).findByLogin(normalized);
    if (!user || user->status == auth::UserStatus::Removed)
        throw Error(ErrorKind::NotFound, AdminText::tr("There is no user \"%1\".").arg(normalized));
    return *user;
}

void UserAdministration::requireAnotherAdminRemains(const auth::User& user,
                                                    auth::RoleSet rolesAfter) const
{
    if (!user.roles.has(Role::Admin) || rolesAfter.has(Role::Admin))
        return;
    for (const auth::User& other : auth::UserRepository(m_session.database()).all()) {
        if (other.id != user.id && other.isActive() && other.roles.has(Role::Admin))
            return;
    }
    throw Error(ErrorKind::Refused,
                AdminText::tr("%1 is the last active administrator; make someone else an "
                              "administrator first.")
                    .arg(user.login));
}

qint64 UserAdministration::addUser(const QString& login, const QString& displayName,
                                   auth::RoleSet roles, const SecureBytes& passphrase,
                                   const KdfParams& kdf)
{
    auth::requirePermission(m_session.user(), Permission::ManageUsers);
    const QString normalized = auth::normalizeLogin(login);
    if (roles.isEmpty())
        throw Error(ErrorKind::Invalid, AdminText::tr("At least one role is needed."));
    requireAcceptablePassphrase(passphrase);
    db::Database& database = m_session.database();
    auth::UserRepository repository(database);
    if (repository.findByLogin(normalized))
        throw Error(ErrorKind::Refused,
                    AdminText::tr("The user name \"%1\" is already taken (user names of removed "
                                  "users are not reused).")
                        .arg(normalized));

    auth::User user;
    user.login = normalized;
    user.displayName = validDisplayName(displayName, normalized);
    user.roles = roles;
    user.createdAt = m_session.clock().nowUtc();

    db::Transaction transaction(database);
    user.id = repository.insert(user);
    m_session.audit().append(m_session.actor(), QStringLiteral("user.create"),
                             QStringLiteral("user"), QString::number(user.id),
                             {{QStringLiteral("login"), std::nullopt, user.login},
                              {QStringLiteral("display_name"), std::nullopt, user.displayName},
                              {QStringLiteral("roles"), std::nullopt, joinedRoles(roles)}});
    KeySlotStore store(m_session.layout());
    KeySlotFile file = store.load().file;
    file.put(createSlot(KeySlot::Kind::User, m_session.vaultId(),
                        slotIdForLogin(m_session.vaultId(), normalized), passphrase, kdf,
                        {&m_session.masterKey()}));
    store.save(file);
    transaction.commit();
    return user.id;
}

void UserAdministration::setRoles(const QString& login, auth::RoleSet roles)
{
    auth::requirePermission(m_session.user(), Permission::ManageUsers);
    if (roles.isEmpty())
        throw Error(ErrorKind::Invalid, AdminText::tr("At least one role is needed."));
    const auth::User user = requireUser(login);
    requireAnotherAdminRemains(user, roles);
    db::Transaction transaction(m_session.database());
    auth::UserRepository(m_session.database()).setRoles(user.id, roles);
    m_session.audit().append(
        m_session.actor(), QStringLiteral("user.roles"), QStringLiteral("user"),
        QString::number(user.id),
        {{QStringLiteral("roles"), joinedRoles(user.roles), joinedRoles(roles)}});
    transaction.commit();
    m_session.reloadUser();
}

void UserAdministration::changeStatus(const QString& login, auth::UserStatus status,
                                      const QString& action)
{
    auth::requirePermission(m_session.user(), Permission::ManageUsers);
    const auth::User user = requireUser(login);
    if (status != auth::UserStatus::Active) {
        if (user.id == m_session.user().id)
            throw Error(ErrorKind::Refused,
                        AdminText::tr("You cannot disable or remove yourself."));
        requireAnotherAdminRemains(user, {});
    }
    db::Transaction transaction(m_session.database());
    auth::UserRepository(m_session.database()).setStatus(user.id, status);
    m_session.audit().append(m_session.actor(), action, QStringLiteral("user"),
                             QString::number(user.id),
                             {{QStringLiteral("status"), auth::userStatusName(user.status),
                               auth::userStatusName(status)}});
    if (status == auth::UserStatus::Removed) {
        KeySlotStore store(m_session.layout());
        KeySlotFile file = store.load().file;
        file.remove(KeySlot::Kind::User, slotIdForLogin(m_session.vaultId(), user.login));
        store.save(file);
    }
    transaction.commit();
}

void UserAdministration::disableUser(const QString& login)
{
    changeStatus(login, auth::UserStatus::Disabled, QStringLiteral("user.disable"));
}

void UserAdministration::enableUser(const QString& login)
{
    changeStatus(login, auth::UserStatus::Active, QStringLiteral("user.enable"));
}

void UserAdministration::removeUser(const QString& login)
{
    changeStatus(login, auth::UserStatus::Removed, QStringLiteral("user.remove"));
    rotateMasterKey();
}

void UserAdministration::rotateMasterKey()
{
    auth::requirePermission(m_session.user(), Permission::ManageSettings);
    db::Database& database = m_session.database();
    KeySlotStore store(m_session.layout());
    KeySlotFile file = store.load().file;
    SecureBytes newKey = SecureBytes::random(kMasterKeySize);

    // Three durable steps, each leaving a vault that opens: slots carry both
    // keys; the database is re-encrypted; slots forget the old key.
    file.resealAll({&newKey, &m_session.masterKey()});
    store.save(file);
    database.rekey(newKey);
    database.checkpoint();
    file.databaseSalt = readDatabaseSalt(m_session.layout().database());
    file.resealAll({&newKey});
    store.save(file);
    m_session.replaceMasterKey(std::move(newKey));

    db::Transaction transaction(database);
    m_session.audit().append(m_session.actor(), QStringLiteral("vault.rotate_master_key"),
                             QStringLiteral("vault"), {});
    transaction.commit();
}

void UserAdministration::changeOwnPassphrase(const SecureBytes& current, const SecureBytes& next,
                                             const KdfParams& kdf)
{
    const auth::User& user = m_session.user();
    requireAcceptablePassphrase(next);
    KeySlotStore store(m_session.layout());
    KeySlotFile file = store.load().file;
    const QByteArray slotId = slotIdForLogin(m_session.vaultId(), user.login);
    const KeySlot* slot = file.find(KeySlot::Kind::User, slotId);
    if (!slot)
        throw Error(ErrorKind::NotFound, AdminText::tr("Your key slot is missing from the vault."));
    try {
        unlockSlotSecretKey(*slot, m_session.vaultId(), current);
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::Authentication)
            throw Error(ErrorKind::Authentication,
                        AdminText::tr("The current passphrase is wrong."));
        throw;
    }
    file.put(createSlot(KeySlot::Kind::User, m_session.vaultId(), slotId, next, kdf,
                        {&m_session.masterKey()}));
    db::Transaction transaction(m_session.database());
    m_session.audit().append(m_session.actor(), QStringLiteral("user.passphrase_change"),
                             QStringLiteral("user"), QString::number(user.id));
    store.save(file);
    transaction.commit();
}

std::vector<auth::User> UserAdministration::users() const
{
    const auth::User& actor = m_session.user();
    if (!auth::rolesAllow(actor.roles, Permission::ReadAuditTrail))
        auth::requirePermission(actor, Permission::ManageUsers);
    return auth::UserRepository(m_session.database()).all();
}

} // namespace amparo
