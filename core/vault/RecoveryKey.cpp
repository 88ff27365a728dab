#include "vault/RecoveryKey.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>

namespace amparo {
namespace {

struct RecoveryText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::RecoveryKey)
};

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kRandomBytes = 20;
constexpr std::size_t kCharacters = 32;
constexpr std::size_t kGroup = 4;

} // namespace

SecureBytes generateRecoveryKey()
{
    const SecureBytes random = SecureBytes::random(kRandomBytes);
    SecureBytes key(kCharacters);
    // 160 bits, five at a time.
    for (std::size_t i = 0; i < kCharacters; ++i) {
        const std::size_t bit = i * 5;
        const unsigned value = ((static_cast<unsigned>(random.data()[bit / 8]) << 8 |
                                 (bit / 8 + 1 < kRandomBytes ? random.data()[bit / 8 + 1] : 0u)) >>
                                (11 - bit % 8)) &
                               0x1fu;
        key.data()[i] = static_cast<unsigned char>(kAlphabet[value]);
    }
    return key;
}

SecureBytes normalizeRecoveryKey(const SecureBytes& typed)
{
    SecureBytes canonical(kCharacters);
    std::size_t count = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        char c = static_cast<char>(typed.data()[i]);
        if (c == '-' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        if (!std::strchr(kAlphabet, c) || c == '\0')
            throw Error(
                ErrorKind::Invalid,
                RecoveryText::tr("The recovery key contains a character that is not part of "
                                 "any recovery key (only letters and digits)."));
        if (count == kCharacters)
            throw Error(
                ErrorKind::Invalid,
                RecoveryText::tr("The recovery key is too long: it has 32 letters and digits."));
        canonical.data()[count++] = static_cast<unsigned char>(c);
    }
    if (count != kCharacters)
        throw Error(
            ErrorKind::Invalid,
            RecoveryText::tr("The recovery key is too short: it has 32 letters and digits."));
    return canonical;
}

SecureBytes formatRecoveryKey(const SecureBytes& canonical)
{
    const std::size_t groups = canonical.size() / kGroup;
    SecureBytes printable(canonical.size() + (groups > 0 ? groups - 1 : 0));
    std::size_t out = 0;
    for (std::size_t i = 0; i < canonical.size(); ++i) {
        if (i > 0 && i % kGroup == 0)
            printable.data()[out++] = '-';
        printable.data()[out++] = canonical.data()[i];
    }
    return printable;
}

} // namespace amparo
