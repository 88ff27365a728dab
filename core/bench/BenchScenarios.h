#pragma once

#include "bench/BenchReport.h"
#include "bench/BenchVault.h"
#include "vault/SecureBytes.h"

#include <QString>

namespace amparo {
namespace bench {

// What every scenario gets: the prepared vault, its passphrase and where
// to put its figures. Each scenario measures through the same core services
// and queries the application uses.
struct BenchContext
{
    PreparedVault vault;
    const SecureBytes& passphrase;
    BenchScale scale;
    int repetitions = 5;
    BenchReport& report;
    QString memoryHelper; // the GUI memory probe; empty when the GUI was not built
};

void benchBuilding(BenchContext& context);       // 1
void benchOpening(BenchContext& context);        // 2
void benchCaseList(BenchContext& context);       // 3 and 4
void benchCaseTabs(BenchContext& context);       // 5
void benchFundPositions(BenchContext& context);  // 6
void benchPlaintextRatio(BenchContext& context); // 7
void benchSummaryPdf(BenchContext& context);     // 8 (needs a QGuiApplication)
void benchCsvImport(BenchContext& context);      // 9
void benchGuiMemory(BenchContext& context);      // 10
void benchDashboard(BenchContext& context);      // 11

} // namespace bench
} // namespace amparo
