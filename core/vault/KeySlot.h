#pragma once

#include "vault/Kdf.h"

#include <QByteArray>
#include <vector>

namespace amparo {

// One way into the vault. The slot holds an X25519 key pair whose secret half
// is wrapped (XChaCha20-Poly1305) under a key derived from the owner's
// passphrase with Argon2id, and the master key sealed to the public half.
// Sealing to a public key is what lets an administrator add users and rotate
// the master key without knowing anyone else's passphrase.
struct KeySlot
{
    enum class Kind
    {
        User,
        Recovery,
    };

    Kind kind = Kind::User;
    QByteArray id; // keyed BLAKE2b of the login (32 bytes); never the login itself
    KdfParams kdf;
    QByteArray salt;             // kKdfSaltSize
    QByteArray publicKey;        // crypto_box_PUBLICKEYBYTES
    QByteArray wrappedSecretKey; // nonce || ciphertext || tag
    // Normally one; two only during a master-key rotation, newest first, so
    // that a crash half-way through still leaves a key that opens the vault.
    std::vector<QByteArray> sealedMasterKeys;
};

inline constexpr std::size_t kMasterKeySize = 32;
inline constexpr std::size_t kVaultIdSize = 16;
inline constexpr std::size_t kSlotIdSize = 32;

// The id under which `login`'s slot is filed in the vault `vaultId`.
QByteArray slotIdForLogin(const QByteArray& vaultId, const QString& normalizedLogin);
QByteArray recoverySlotId();

// Creates a slot for `passphrase` with a fresh key pair, sealing `masterKeys`.
KeySlot createSlot(KeySlot::Kind kind, const QByteArray& vaultId, const QByteArray& id,
                   const SecureBytes& passphrase, const KdfParams& kdf,
                   const std::vector<const SecureBytes*>& masterKeys);

// The slot's secret key, or Error(Authentication) when the passphrase is wrong.
SecureBytes unlockSlotSecretKey(const KeySlot& slot, const QByteArray& vaultId,
                                const SecureBytes& passphrase);

// Every master key the slot carries, newest first.
std::vector<SecureBytes> unsealMasterKeys(const KeySlot& slot, const SecureBytes& secretKey);

QByteArray sealMasterKey(const SecureBytes& masterKey, const QByteArray& publicKey);

} // namespace amparo
