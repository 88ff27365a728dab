#pragma once

#include <QString>

namespace amparo {
namespace demo {

// A fresh random passphrase for the demo users, easy to read and type:
// 20 characters from an alphabet without look-alikes (no 0/o, 1/l),
// grouped by four, e.g. "k7qm-x9pd-…". About 100 bits from libsodium.
QString generateDemoPassphrase();

} // namespace demo
} // namespace amparo
