#include "bench/BenchScenarios.h"
#include "bench/BenchStats.h"
#include "bench/BenchWorkload.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace amparo {
namespace bench {
namespace {

struct PlaintextText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::Plaintext)
};

// One run on a fresh database in its own temporary folder, removed (with
// the plaintext file) before this returns, even when the run throws.
double timedRun(Storage storage, int rounds)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw Error(ErrorKind::Storage,
                    PlaintextText::tr("No temporary folder for the plaintext comparison."));
    auto session = workloadSession(folder.path(), storage);
    const double ms = millisecondsOf([&] { runMixedWorkload(*session, rounds); });
    session.reset();
    return ms;
}

} // namespace

void benchPlaintextRatio(BenchContext& context)
{
    // A tenth of the scale, at least 200 and at most 2,000 rounds: enough
    // for the page cache and the write-ahead log to matter, not so many
    // that this scenario dominates the run.
    const int rounds = std::clamp(context.scale.cases / 10, 200, 2000);
    Samples encrypted;
    Samples plaintext;
    // Alternating, so that a machine that slows down during the run does not
    // favour one side.
    for (int r = 0; r < context.repetitions; ++r) {
        encrypted.add(timedRun(Storage::Encrypted, rounds));
        plaintext.add(timedRun(Storage::Plaintext, rounds));
    }
    const QString ms = PlaintextText::tr("ms");
    const QString note = PlaintextText::tr("%n round(s)", nullptr, rounds);
    context.report.add(QStringLiteral("mixed-encrypted"),
                       PlaintextText::tr("7. Mixed workload, encrypted (SQLCipher)"),
                       encrypted.median(), ms, std::nullopt, note);
    context.report.add(QStringLiteral("mixed-plaintext"),
                       PlaintextText::tr("7. Mixed workload, plaintext (benchmark only)"),
                       plaintext.median(), ms, std::nullopt, note);
    context.report.add(QStringLiteral("mixed-ratio"), PlaintextText::tr("7. Encrypted / plaintext"),
                       encrypted.median() / std::max(plaintext.median(), 1e-3),
                       PlaintextText::tr("×"), atMost(1.25));
}

} // namespace bench
} // namespace amparo
