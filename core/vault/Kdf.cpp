#include "vault/Kdf.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <sodium.h>

namespace amparo {
namespace {

struct KdfText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Kdf)
};

} // namespace

std::optional<KdfProfile> parseKdfProfile(const QString& name)
{
    if (name == QLatin1String("interactive"))
        return KdfProfile::Interactive;
    if (name == QLatin1String("moderate"))
        return KdfProfile::Moderate;
    if (name == QLatin1String("sensitive"))
        return KdfProfile::Sensitive;
    return std::nullopt;
}

QString kdfProfileName(KdfProfile profile)
{
    switch (profile) {
    case KdfProfile::Interactive:
        return QStringLiteral("interactive");
    case KdfProfile::Moderate:
        return QStringLiteral("moderate");
    case KdfProfile::Sensitive:
        return QStringLiteral("sensitive");
    }
    return {};
}

KdfParams KdfParams::forProfile(KdfProfile profile)
{
    switch (profile) {
    case KdfProfile::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case KdfProfile::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case KdfProfile::Sensitive:
        return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
    }
    return {};
}

bool KdfParams::isWithinBounds() const
{
    // Up to four times the sensitive profile; computed in 64 bits (the
    // libsodium constants are 32-bit and 4 GiB would overflow them).
    constexpr std::uint64_t maxOps = std::uint64_t{crypto_pwhash_OPSLIMIT_SENSITIVE} * 4;
    constexpr std::uint64_t maxMem = std::uint64_t{crypto_pwhash_MEMLIMIT_SENSITIVE} * 4;
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= maxOps &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= maxMem;
}

SecureBytes deriveKey(const SecureBytes& passphrase, const QByteArray& salt,
                      const KdfParams& params)
{
    if (salt.size() != static_cast<int>(kKdfSaltSize) || !params.isWithinBounds())
        throw Error(ErrorKind::Corrupt, KdfText::tr("The key derivation parameters are damaged."));
    SecureBytes key(kDerivedKeySize);
    const int rc =
        crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        throw Error(ErrorKind::Crypto,
                    KdfText::tr("Not enough memory to derive the key (%1 MiB needed).")
                        .arg(params.memLimit / (1024 * 1024)));
    return key;
}

SecureBytes passphraseFromText(QString text)
{
    QString normalized = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    wipe(text);
    wipe(normalized);
    return SecureBytes::takeFrom(utf8);
}

SecureBytes passphraseFromUtf8(QByteArray utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    const bool invalid = decoder.hasError();
    wipe(utf8);
    if (invalid) {
        wipe(text);
        throw Error(ErrorKind::Invalid, KdfText::tr("The passphrase is not valid UTF-8 text."));
    }
    return passphraseFromText(std::move(text));
}

void requireAcceptablePassphrase(const SecureBytes& passphrase)
{
    // Count characters, not bytes: eight Arabic letters are as good as eight Latin ones.
    QString text = QString::fromUtf8(passphrase.chars(), static_cast<qsizetype>(passphrase.size()));
    qsizetype length = 0;
    for (const QChar c : std::as_const(text))
        length += c.isLowSurrogate() ? 0 : 1;
    wipe(text);
    if (length < kMinimumPassphraseLength)
        throw Error(ErrorKind::Invalid,
                    KdfText::tr("The passphrase is too short: use at least %n character(s).",
                                nullptr, kMinimumPassphraseLength));
}

} // namespace amparo
