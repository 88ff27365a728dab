#pragma once

#include "vault/Kdf.h"

namespace amparo {
namespace cli {

struct CliContext;
class CliArguments;

// Each returns the exit status; they throw UsageError (status 2) or
// amparo::Error (status 1), which main() reports in one line.
int runInit(CliContext& context);
int runUser(CliContext& context);
int runVerify(CliContext& context);
int runInfo(CliContext& context);
int runRotateKey(CliContext& context);
int runImport(CliContext& context);
int runExportCsv(CliContext& context);
int runExportPdf(CliContext& context);
int runDemo(CliContext& context);
int runCases(CliContext& context);
int runFund(CliContext& context);
int runFunds(CliContext& context);
int runGrant(CliContext& context);
int runGrants(CliContext& context);
int runLedger(CliContext& context);
int runBackup(CliContext& context);
int runRestore(CliContext& context);
int runBench(CliContext& context);

// --kdf interactive|moderate|sensitive, moderate when absent.
KdfParams kdfFromOption(const CliArguments& arguments);

} // namespace cli
} // namespace amparo
