#include "common/PassphraseStrength.h"

#include "vault/Kdf.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace amparo::ui {
namespace {

// Sizes of the character classes an attacker would have to try.
constexpr int kLowerCase = 26;
constexpr int kUpperCase = 26;
constexpr int kDigits = 10;
constexpr int kAsciiSymbols = 33;
constexpr int kOtherScripts = 40; // a typical non-Latin alphabet

constexpr double kWeakBelow = 45.0;
constexpr double kFairBelow = 65.0;
constexpr double kStrongBelow = 90.0;

} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString& passphrase)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    QSet<char32_t> distinct;
    PassphraseStrength result;
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        const QChar c = passphrase.at(i);
        if (c.isLowSurrogate())
            continue;
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < passphrase.size())
            code = QChar::surrogateToUcs4(c, passphrase.at(i + 1));
        ++result.characters;
        distinct.insert(code);
        if (code >= U'a' && code <= U'z')
            lower = true;
        else if (code >= U'A' && code <= U'Z')
            upper = true;
        else if (code >= U'0' && code <= U'9')
            digit = true;
        else if (code < 0x80)
            symbol = true;
        else
            other = true;
    }
    const int pool = (lower ? kLowerCase : 0) + (upper ? kUpperCase : 0) + (digit ? kDigits : 0) +
                     (symbol ? kAsciiSymbols : 0) + (other ? kOtherScripts : 0);
    // Repeating the same few characters adds little: "aaaaaaaaaaaa" is not long.
    const int effectiveLength =
        std::min(result.characters, 2 * static_cast<int>(distinct.size()));
    result.bits = pool > 1 ? effectiveLength * std::log2(pool) : 0.0;

    if (result.characters < kMinimumPassphraseLength)
        result.level = Level::TooShort;
    else if (result.bits < kWeakBelow)
        result.level = Level::Weak;
    else if (result.bits < kFairBelow)
        result.level = Level::Fair;
    else if (result.bits < kStrongBelow)
        result.level = Level::Strong;
    else
        result.level = Level::VeryStrong;
    return result;
}

} // namespace amparo::ui
