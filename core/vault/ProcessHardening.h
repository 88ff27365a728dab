#pragma once

namespace amparo {

// Once a vault is open the process holds its master key: no core dumps, and
// no ptrace or /proc/<pid>/mem access by other processes of the same user.
// Idempotent; there is no way back for the life of the process, on purpose.
void hardenProcessForOpenVault();

} // namespace amparo
