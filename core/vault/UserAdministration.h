#pragma once

#include "auth/Role.h"
#include "auth/User.h"
#include "vault/Kdf.h"

#include <QString>
#include <vector>

namespace amparo {

class Session;

// Users and their key slots. Each operation checks the acting user's
// permission, writes the database change, its audit entry and the key-slot
// file together, and leaves nothing half-done when one of them fails.
class UserAdministration
{
public:
    explicit UserAdministration(Session& session) : m_session(session) {}

    qint64 addUser(const QString& login, const QString& displayName, auth::RoleSet roles,
                   const SecureBytes& passphrase, const KdfParams& kdf);
    void setRoles(const QString& login, auth::RoleSet roles);
    void disableUser(const QString& login);
    void enableUser(const QString& login);
    // Deletes the user's key slot and rotates the master key, so that even a
    // copy of the old slot no longer opens the vault. The user's row stays,
    // marked removed, because the audit trail refers to it.
    void removeUser(const QString& login);
    void rotateMasterKey();

    // Any user, for themselves; the current passphrase is checked.
    void changeOwnPassphrase(const SecureBytes& current, const SecureBytes& next,
                             const KdfParams& kdf);

    std::vector<auth::User> users() const;

private:
    auth::User requireUser(const QString& login) const;
    void requireAnotherAdminRemains(const auth::User& user, auth::RoleSet rolesAfter) const;
    void changeStatus(const QString& login, auth::UserStatus status, const QString& action);

    Session& m_session;
};

} // namespace amparo
