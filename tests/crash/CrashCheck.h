#pragma once

#include "CrashReport.h"

#include <QStringList>

namespace amparo {

class Session;

namespace test {

// What is wrong with the vault as a whole, as `amparo-cli verify` sees it:
// SQLite's integrity and foreign-key checks, unbalanced ledger
// transactions, a broken audit chain. Empty when the vault is sound.
// `auditor` reads the audit trail and every record.
QStringList vaultProblems(Session& auditor);

// Empty when the effect of `operation` is in the vault, else what is missing.
QString missingEffect(Session& auditor, const CommittedOperation& operation);

} // namespace test
} // namespace amparo
