#include "bench/BenchScenarios.h"
#include "bench/BenchStats.h"
#include "util/Clock.h"
#include "vault/Kdf.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <sodium.h>

namespace amparo {
namespace bench {
namespace {

struct OpeningText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::Opening)
};

Samples keyDerivation(const BenchContext& context, KdfProfile profile)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    const KdfParams params = KdfParams::forProfile(profile);
    return measure(context.repetitions, [&] { (void)deriveKey(context.passphrase, salt, params); });
}

} // namespace

void benchBuilding(BenchContext& context)
{
    const BuildFigures& f = context.vault.figures;
    const QString note =
        context.vault.reused ? OpeningText::tr("built earlier; reused") : QString();
    context.report.add(
        QStringLiteral("build-rows"), OpeningText::tr("1. Building the vault: rows written"),
        f.totalSeconds > 0 ? std::optional(double(f.rows) / f.totalSeconds) : std::nullopt,
        OpeningText::tr("rows/s"), std::nullopt,
        OpeningText::tr("%1 rows in %2 s").arg(f.rows).arg(f.totalSeconds, 0, 'f', 1) +
            (note.isEmpty() ? QString() : QStringLiteral("; ") + note));
    context.report.add(QStringLiteral("build-cases"),
                       OpeningText::tr("1. Building the vault: demo cases with their records"),
                       f.casesSeconds > 0 ? std::optional(f.cases / f.casesSeconds) : std::nullopt,
                       OpeningText::tr("cases/s"));
    context.report.add(
        QStringLiteral("build-postings"), OpeningText::tr("1. Building the vault: ledger postings"),
        f.postingsSeconds > 0 ? std::optional(f.postings / f.postingsSeconds) : std::nullopt,
        OpeningText::tr("postings/s"));
}

void benchOpening(BenchContext& context)
{
    const Samples interactive = keyDerivation(context, KdfProfile::Interactive);
    const Samples moderate = keyDerivation(context, KdfProfile::Moderate);
    // The bench vault's own slots use the cheapest derivation: subtracted
    // from the whole open, what is left is the work after the key is known.
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    const KdfParams cheapest{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    const Samples own =
        measure(context.repetitions, [&] { (void)deriveKey(context.passphrase, salt, cheapest); });
    Samples open;
    for (int i = 0; i < context.repetitions; ++i) {
        std::unique_ptr<Session> session;
        open.add(millisecondsOf([&] {
            session = Vault::open(context.vault.directory, QStringLiteral("caseworker"),
                                  context.passphrase, Clock::system());
        }));
    }
    context.report.add(QStringLiteral("kdf-moderate"),
                       OpeningText::tr("2. Key derivation, moderate (what users get)"),
                       moderate.median(), OpeningText::tr("ms"));
    context.report.add(QStringLiteral("kdf-interactive"),
                       OpeningText::tr("2. Key derivation, interactive"), interactive.median(),
                       OpeningText::tr("ms"));
    context.report.add(QStringLiteral("open-after-kdf"),
                       OpeningText::tr("2. Opening the vault after key derivation"),
                       std::max(0.0, open.median() - own.median()), OpeningText::tr("ms"),
                       std::nullopt,
                       OpeningText::tr("whole open %1 ms").arg(open.median(), 0, 'f', 1));
}

} // namespace bench
} // namespace amparo
