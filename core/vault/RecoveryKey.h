#pragma once

#include "vault/SecureBytes.h"

#include <QString>

namespace amparo {

// The recovery key: 160 random bits written as 32 Crockford base-32
// characters in eight groups of four (ABCD-EFGH-…), easy to print, read
// aloud and type back. Reading it back forgives case, spaces, dashes and the
// usual confusions (O for 0, I and L for 1).
SecureBytes generateRecoveryKey();

// Canonical form (32 characters, no separators) used as the slot passphrase.
// Throws Error(Invalid) naming the problem.
SecureBytes normalizeRecoveryKey(const SecureBytes& typed);

// The grouped, printable form of a canonical key.
SecureBytes formatRecoveryKey(const SecureBytes& canonical);

} // namespace amparo
