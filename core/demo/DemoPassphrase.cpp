#include "demo/DemoPassphrase.h"

#include <sodium.h>

namespace amparo {
namespace demo {

QString generateDemoPassphrase()
{
    static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    constexpr int kGroups = 5;
    constexpr int kGroupSize = 4;
    QString passphrase;
    for (int group = 0; group < kGroups; ++group) {
        if (group > 0)
            passphrase += QLatin1Char('-');
        for (int i = 0; i < kGroupSize; ++i)
            passphrase += QLatin1Char(kAlphabet[randombytes_uniform(sizeof(kAlphabet) - 1)]);
    }
    return passphrase;
}

} // namespace demo
} // namespace amparo
