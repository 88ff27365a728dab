#include "common/PassphraseStrength.h"

#include "vault/Kdf.h"

#include <QStringView>
#include <algorithm>
#include <bitset>
#include <cmath>

namespace amparo {
namespace ui {
namespace {

// Sizes of the character classes an attacker would have to try.
constexpr int kLowerCase = 26;
constexpr int kUpperCase = 26;
constexpr int kDigits = 10;
constexpr int kAsciiSymbols = 33;
constexpr int kOtherScripts = 40; // a typical non-Latin alphabet

// A word drawn from a large list (7,776 words, as in Diceware) is worth
// about 12.9 bits, however many letters it has.
constexpr double kBitsPerWord = 12.9;

// With Argon2id costing about a second per guess, 40 bits already means
// tens of thousands of computer-years; the thresholds are set for that.
constexpr double kWeakBelow = 40.0;
constexpr double kFairBelow = 50.0;
constexpr double kStrongBelow = 70.0;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') ||
           c == QLatin1Char(',');
}

int poolOf(QStringView text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code >= u'a' && code <= u'z')
            lower = true;
        else if (code >= u'A' && code <= u'Z')
            upper = true;
        else if (code >= u'0' && code <= u'9')
            digit = true;
        else if (code < 0x80)
            symbol = true;
        else
            other = true;
    }
    return (lower ? kLowerCase : 0) + (upper ? kUpperCase : 0) + (digit ? kDigits : 0) +
           (symbol ? kAsciiSymbols : 0) + (other ? kOtherScripts : 0);
}

int characterCount(QStringView text)
{
    int count = 0;
    for (const QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

// Guessing character by character from the classes used. Repeating the same
// few characters adds little: "aaaaaaaaaaaa" is not long.
// (Views and a bit set rather than copies: no stray heap copy of the passphrase.)
double characterBits(QStringView text)
{
    const int pool = poolOf(text);
    if (pool < 2)
        return 0.0;
    std::bitset<65536> seen;
    for (const QChar c : text)
        seen.set(c.unicode());
    const int length = std::min(characterCount(text), 2 * static_cast<int>(seen.count()));
    return length * std::log2(pool);
}

// Guessing piece by piece: in a phrase, a run of letters is one word from a
// list. A single piece is left to the character estimate.
double pieceBits(QStringView text)
{
    double bits = 0.0;
    int pieces = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isSeparator(text.at(i)))
            continue;
        const QStringView piece = text.mid(start, i - start);
        const bool isWord = !piece.isEmpty() && std::all_of(piece.begin(), piece.end(),
                                                            [](QChar c) { return c.isLetter(); });
        bits += isWord ? std::min(kBitsPerWord, characterBits(piece)) : characterBits(piece);
        pieces += piece.isEmpty() ? 0 : 1;
        start = i + 1;
    }
    return pieces < 2 ? characterBits(text) : bits;
}

} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString& passphrase)
{
    PassphraseStrength result;
    result.characters = characterCount(passphrase);
    result.bits = std::min(characterBits(passphrase), pieceBits(passphrase));

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

} // namespace ui
} // namespace amparo
