#pragma once

#include "vault/Kdf.h"
#include "vault/SecureBytes.h"

#include <QString>
#include <memory>

namespace amparo {

class Clock;
class Session;

struct NewVault
{
    QString directory; // must not exist, or be empty
    QString adminLogin;
    QString adminDisplayName;
    SecureBytes passphrase;
    KdfParams kdf = KdfParams::forProfile(KdfProfile::Moderate);
};

struct CreatedVault
{
    std::unique_ptr<Session> session;
    SecureBytes recoveryKey; // printable (grouped); shown once, never stored
};

// Creating, opening and recovering vaults. Everything done with an open
// vault goes through the Session and the services that take it.
class Vault
{
public:
    static CreatedVault create(NewVault request, const Clock& clock);

    // Throws Error(Authentication) for a wrong login or passphrase (the two are
    // not told apart), Error(Refused) for a disabled user or while throttled,
    // Error(Corrupt) for damaged files, Error(NotFound) when there is no vault.
    static std::unique_ptr<Session> open(const QString& directory, const QString& login,
                                         const SecureBytes& passphrase, const Clock& clock);

    // Gives `login` a new passphrase using the recovery key, for when it is
    // forgotten. Returns the session opened as that user.
    static std::unique_ptr<Session>
    resetPassphraseWithRecoveryKey(const QString& directory, const SecureBytes& recoveryKey,
                                   const QString& login, const SecureBytes& newPassphrase,
                                   const KdfParams& kdf, const Clock& clock);

    static bool exists(const QString& directory);
};

} // namespace amparo
