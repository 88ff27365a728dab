#pragma once

#include "vault/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace amparo {

// Argon2id cost profiles, named as libsodium names them. `moderate` is the
// default: about a second and 256 MiB on a typical laptop, which makes each
// guess of a stolen vault's passphrase as expensive as we can afford at unlock.
enum class KdfProfile
{
    Interactive,
    Moderate,
    Sensitive,
};

std::optional<KdfProfile> parseKdfProfile(const QString& name);
QString kdfProfileName(KdfProfile profile);

struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; // bytes

    static KdfParams forProfile(KdfProfile profile);
    // Parameters read from a file are checked against these bounds so that a
    // damaged slot cannot make us allocate absurd memory or skip the work.
    bool isWithinBounds() const;
    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

inline constexpr std::size_t kKdfSaltSize = 16;
inline constexpr std::size_t kDerivedKeySize = 32;

// Argon2id13 of `passphrase` with `salt` (kKdfSaltSize bytes).
SecureBytes deriveKey(const SecureBytes& passphrase, const QByteArray& salt,
                      const KdfParams& params);

// Turns typed text into passphrase bytes: Unicode NFC, so that the same
// Arabic or Cyrillic passphrase typed on two keyboards derives the same key.
// Refuses text that is not valid UTF-8; the length rule is requireAcceptablePassphrase's.
SecureBytes passphraseFromText(QString text);
SecureBytes passphraseFromUtf8(QByteArray utf8);

inline constexpr int kMinimumPassphraseLength = 8;

// Checks a *new* passphrase (an existing one is never judged, only tried).
void requireAcceptablePassphrase(const SecureBytes& passphrase);

} // namespace amparo
