#pragma once

#include <functional>

namespace amparo {

class Session;

namespace bench {

// Writes balanced two-posting transactions (contributions, commitments and
// payments of the vault's funds, over the last five years) through
// Ledger::post, the code path every service posts through, committing one
// batch at a time, until the ledger holds `totalPostings` postings.
// Returns how many postings it wrote.
int writeBenchPostings(Session& finance, int totalPostings,
                       const std::function<void(int done, int total)>& progress);

} // namespace bench
} // namespace amparo
