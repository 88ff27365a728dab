#pragma once

#include "vault/SecureBytes.h"

#include <QString>

namespace amparo {
namespace cli {

class CliArguments;

// Where a secret comes from. Never from an argument: argv shows in `ps`.
enum class SecretKind
{
    Passphrase,    // AMPARO_PASSPHRASE or --passphrase-fd N
    NewPassphrase, // AMPARO_NEW_PASSPHRASE or --new-passphrase-fd N
    RecoveryKey,   // AMPARO_RECOVERY_KEY or --recovery-key-fd N
};

// Reads the secret from its file descriptor or environment variable (and
// wipes the variable's value from this process), or asks on the terminal
// without echo. Throws UsageError when there is no way to get it.
SecureBytes readSecret(SecretKind kind, const CliArguments& arguments, const QString& prompt);

} // namespace cli
} // namespace amparo
