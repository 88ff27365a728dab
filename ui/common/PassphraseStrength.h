#pragma once

#include <QString>

namespace amparo {
namespace ui {

// A deliberately simple estimate of how hard a passphrase is to guess, from
// its length and the kinds of characters in it. It cannot see dictionary
// words or personal details, so it errs on the generous side and the meter
// says it is an estimate.
struct PassphraseStrength
{
    enum class Level
    {
        TooShort, // fewer characters than the core accepts
        Weak,
        Fair,
        Strong,
        VeryStrong,
    };

    int characters = 0; // Unicode characters, not bytes
    double bits = 0.0;
    Level level = Level::TooShort;

    static PassphraseStrength estimate(const QString& passphrase);
};

} // namespace ui
} // namespace amparo
