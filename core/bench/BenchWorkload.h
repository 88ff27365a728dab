#pragma once

#include <QString>
#include <memory>

namespace amparo {

class Session;

namespace bench {

enum class Storage
{
    Encrypted, // SQLCipher with a random key, as every vault
    Plaintext, // plain SQLite: the benchmark's comparison only
};

// A session on a NEW database in `folder` (a throwaway temporary folder the
// benchmark made), as one user who is both caseworker and finance officer,
// with the same schema and connection settings as a vault. The plaintext
// kind exists so the cost of encryption can be measured; it only ever holds
// the synthetic rows runMixedWorkload() writes.
std::unique_ptr<Session> workloadSession(const QString& folder, Storage storage);

// The same mix of work the application does, through its services: cases
// created (each its own transaction, with search index and audit), ledger
// transactions posted, search-as-you-type pages, balances at a date.
void runMixedWorkload(Session& session, int rounds);

} // namespace bench
} // namespace amparo
