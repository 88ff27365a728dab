#pragma once

#include "vault/SecureBytes.h"

#include <QString>
#include <functional>
#include <memory>

namespace amparo {

class Session;

namespace bench {

struct BenchScale
{
    int cases = 10'000;
    int postings = 100'000;
};

// How the scaled vault was built (kept beside it, so a reused vault still
// reports its building figures).
struct BuildFigures
{
    int cases = 0;
    double casesSeconds = 0;
    int postings = 0;
    double postingsSeconds = 0;
    qint64 rows = 0; // rows in the vault's tables after building
    double totalSeconds = 0;
    QString bigCaseReference; // the case the PDF scenario exports
};

struct PreparedVault
{
    QString directory; // the vault itself: <the bench folder>/vault
    bool reused = false;
    BuildFigures figures;
};

// Called with what is being built and how far it got.
using BuildProgress = std::function<void(const QString& step, int done, int total)>;

// The benchmark's own vault: synthetic demo data only (DemoGenerator), a
// ledger of `postings` postings written through Ledger::post, and one case
// large enough for a 50-page summary. Its users (benchadmin, and the demo
// users caseworker, fundmanager, finance, auditor) share one passphrase,
// with the cheapest key derivation libsodium allows (synthetic data; the
// real profiles' cost is measured separately).
class BenchVault
{
public:
    static QString defaultDirectory(const BenchScale& scale);
    static QString adminLogin() { return QStringLiteral("benchadmin"); }

    // Reuses `directory` when it holds a bench vault of this scale; builds
    // one when it is missing or empty (the marker file `amparo-bench`, then
    // the vault in `vault/`). Refuses (Error Refused) a folder with
    // anything else in it, so it never writes into a real vault.
    static PreparedVault prepare(const QString& directory, const BenchScale& scale,
                                 const SecureBytes& passphrase, const BuildProgress& progress);

private:
    static BuildFigures build(const QString& root, const BenchScale& scale,
                              const SecureBytes& passphrase, const BuildProgress& progress);
};

// Rows in the vault's own tables (not the full-text index's shadow tables).
qint64 countRows(Session& session);

} // namespace bench
} // namespace amparo
