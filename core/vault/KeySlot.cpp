#include "vault/KeySlot.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace amparo {
namespace {

struct SlotText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::KeySlot)
};

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

// Everything about the slot except the ciphertext is authenticated with it:
// moving a slot to another vault, or weakening its parameters, breaks the tag.
QByteArray associatedData(const KeySlot& slot, const QByteArray& vaultId)
{
    QByteArray data = QByteArrayLiteral("amparo-slot-v1");
    data += vaultId;
    data += static_cast<char>(slot.kind == KeySlot::Kind::User ? 'u' : 'r');
    data += slot.id;
    data += QByteArray::number(static_cast<qulonglong>(slot.kdf.opsLimit)) + ':';
    data += QByteArray::number(static_cast<qulonglong>(slot.kdf.memLimit)) + ':';
    data += slot.salt;
    data += slot.publicKey;
    return data;
}

} // namespace

QByteArray slotIdForLogin(const QByteArray& vaultId, const QString& normalizedLogin)
{
    const QByteArray login = normalizedLogin.toUtf8();
    QByteArray id(kSlotIdSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), kSlotIdSize, bytes(login),
                       static_cast<unsigned long long>(login.size()), bytes(vaultId),
                       static_cast<std::size_t>(vaultId.size()));
    return id;
}

QByteArray recoverySlotId()
{
    return QByteArray(kSlotIdSize, '\0');
}

QByteArray sealMasterKey(const SecureBytes& masterKey, const QByteArray& publicKey)
{
    QByteArray sealed(static_cast<qsizetype>(crypto_box_SEALBYTES + masterKey.size()),
                      Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), masterKey.data(),
                        masterKey.size(), bytes(publicKey)) != 0)
        throw Error(ErrorKind::Crypto, SlotText::tr("Sealing the master key failed."));
    return sealed;
}

KeySlot createSlot(KeySlot::Kind kind, const QByteArray& vaultId, const QByteArray& id,
                   const SecureBytes& passphrase, const KdfParams& kdf,
                   const std::vector<const SecureBytes*>& masterKeys)
{
    KeySlot slot;
    slot.kind = kind;
    slot.id = id;
    slot.kdf = kdf;
    slot.salt = QByteArray(kKdfSaltSize, Qt::Uninitialized);
    randombytes_buf(slot.salt.data(), kKdfSaltSize);

    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    slot.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()), secretKey.data());

    const SecureBytes wrappingKey = deriveKey(passphrase, slot.salt, kdf);
    const QByteArray ad = associatedData(slot, vaultId);
    QByteArray wrapped(static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES +
                                              secretKey.size() +
                                              crypto_aead_xchacha20poly1305_ietf_ABYTES),
                       Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(wrapped.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &cipherLength, secretKey.data(),
        secretKey.size(), bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr, nonce,
        wrappingKey.data());
    slot.wrappedSecretKey = wrapped;

    for (const SecureBytes* masterKey : masterKeys)
        slot.sealedMasterKeys.push_back(sealMasterKey(*masterKey, slot.publicKey));
    return slot;
}

SecureBytes unlockSlotSecretKey(const KeySlot& slot, const QByteArray& vaultId,
                                const SecureBytes& passphrase)
{
    constexpr auto nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr auto expected =
        nonceSize + crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (static_cast<std::size_t>(slot.wrappedSecretKey.size()) != expected)
        throw Error(ErrorKind::Corrupt, SlotText::tr("A key slot is damaged (wrong length)."));
    const SecureBytes wrappingKey = deriveKey(passphrase, slot.salt, slot.kdf);
    const QByteArray ad = associatedData(slot, vaultId);
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    unsigned long long plainLength = 0;
    const auto* nonce = bytes(slot.wrappedSecretKey);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(), &plainLength, nullptr, nonce + nonceSize,
            static_cast<unsigned long long>(slot.wrappedSecretKey.size()) - nonceSize, bytes(ad),
            static_cast<unsigned long long>(ad.size()), nonce, wrappingKey.data()) != 0)
        throw Error(ErrorKind::Authentication, SlotText::tr("Wrong user name or passphrase."));
    return secretKey;
}

std::vector<SecureBytes> unsealMasterKeys(const KeySlot& slot, const SecureBytes& secretKey)
{
    std::vector<SecureBytes> keys;
    for (const QByteArray& sealed : slot.sealedMasterKeys) {
        if (static_cast<std::size_t>(sealed.size()) != crypto_box_SEALBYTES + kMasterKeySize)
            continue;
        SecureBytes key(kMasterKeySize);
        if (crypto_box_seal_open(key.data(), bytes(sealed),
                                 static_cast<unsigned long long>(sealed.size()),
                                 bytes(slot.publicKey), secretKey.data()) == 0)
            keys.push_back(std::move(key));
    }
    if (keys.empty())
        throw Error(ErrorKind::Corrupt, SlotText::tr("The key slot holds no usable master key."));
    return keys;
}

} // namespace amparo
