#include "bench/BenchVault.h"

#include "bench/BenchBigCase.h"
#include "bench/BenchLedgerData.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "demo/DemoGenerator.h"
#include "util/AtomicFile.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <sodium.h>

namespace amparo {
namespace bench {
namespace {

struct BenchVaultText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::BenchVault)
};

constexpr int kSummaryPages = 50;

// Beside the vault, not in it: what scale it holds and how it was built.
// Its presence is what marks a folder as the benchmark's own.
QString markerPath(const QString& directory)
{
    return directory + QStringLiteral("/amparo-bench");
}

// The vault itself, in a folder of its own beside the marker.
QString vaultIn(const QString& directory)
{
    return directory + QStringLiteral("/vault");
}

QString markerText(const BenchScale& scale, const BuildFigures& f)
{
    return QStringLiteral("scale %1 %2\nbuilt %3 %4 %5 %6 %7 %8\nbig-case %9\n")
        .arg(scale.cases)
        .arg(scale.postings)
        .arg(f.cases)
        .arg(f.casesSeconds)
        .arg(f.postings)
        .arg(f.postingsSeconds)
        .arg(f.rows)
        .arg(f.totalSeconds)
        .arg(f.bigCaseReference);
}

struct Marker
{
    BenchScale scale;
    BuildFigures figures;
};

std::optional<Marker> readMarker(const QString& directory)
{
    const std::optional<QByteArray> bytes = readSmallFile(markerPath(directory), 4096);
    if (!bytes)
        return std::nullopt;
    Marker marker;
    for (const QString& line : QString::fromUtf8(*bytes).split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.value(0) == QLatin1String("scale") && f.size() == 3) {
            marker.scale = {f[1].toInt(), f[2].toInt()};
        } else if (f.value(0) == QLatin1String("built") && f.size() == 7) {
            marker.figures.cases = f[1].toInt();
            marker.figures.casesSeconds = f[2].toDouble();
            marker.figures.postings = f[3].toInt();
            marker.figures.postingsSeconds = f[4].toDouble();
            marker.figures.rows = f[5].toLongLong();
            marker.figures.totalSeconds = f[6].toDouble();
        } else if (f.value(0) == QLatin1String("big-case") && f.size() == 2) {
            marker.figures.bigCaseReference = f[1];
        }
    }
    return marker;
}

} // namespace

QString BenchVault::defaultDirectory(const BenchScale& scale)
{
    QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (cache.isEmpty())
        cache = QDir::tempPath();
    return QStringLiteral("%1/amparo-bench/cases-%2-postings-%3")
        .arg(cache)
        .arg(scale.cases)
        .arg(scale.postings);
}

qint64 countRows(Session& session)
{
    db::Database& database = session.database();
    db::Statement tables = database.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'case_search_%' "
        "AND name NOT LIKE 'person_search_%'");
    QStringList names;
    while (tables.step())
        names << tables.text(0);
    qint64 rows = 0;
    for (const QString& name : names) {
        // Table names come from sqlite_master, not from outside.
        db::Statement count =
            database.prepare(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name).toStdString());
        count.step();
        rows += count.int64(0);
    }
    return rows;
}

PreparedVault BenchVault::prepare(const QString& directory, const BenchScale& scale,
                                  const SecureBytes& passphrase, const BuildProgress& progress)
{
    PreparedVault prepared;
    const QString root = QDir(directory).absolutePath();
    prepared.directory = vaultIn(root);
    const QDir folder(root);
    if (const auto marker = readMarker(root)) {
        if (marker->scale.cases != scale.cases || marker->scale.postings != scale.postings)
            throw Error(ErrorKind::Refused,
                        BenchVaultText::tr("%1 holds a benchmark vault of %2 cases and %3 "
                                           "postings, not of the scale asked for; choose another "
                                           "folder with --vault or delete that one.")
                            .arg(root)
                            .arg(marker->scale.cases)
                            .arg(marker->scale.postings));
        if (!Vault::exists(prepared.directory) || marker->figures.bigCaseReference.isEmpty())
            throw Error(ErrorKind::Refused,
                        BenchVaultText::tr("The benchmark vault in %1 was not finished (its "
                                           "building was interrupted); delete the folder and run "
                                           "the benchmark again.")
                            .arg(root));
        prepared.reused = true;
        prepared.figures = marker->figures;
        return prepared;
    }
    if (folder.exists() && !folder.isEmpty())
        throw Error(ErrorKind::Refused,
                    BenchVaultText::tr("%1 is not empty and is not a benchmark vault; the "
                                       "benchmark only writes into a folder of its own.")
                        .arg(root));
    prepared.figures = build(root, scale, passphrase, progress);
    return prepared;
}

BuildFigures BenchVault::build(const QString& root, const BenchScale& scale,
                               const SecureBytes& passphrase, const BuildProgress& progress)
{
    BuildFigures figures;
    QElapsedTimer total;
    total.start();
    QDir().mkpath(root);
    // Written first: an interrupted build is recognised as the benchmark's
    // (and refused as unfinished) instead of looking like someone's vault.
    writeFileAtomically(markerPath(root), markerText(scale, figures).toUtf8());
    const QString directory = vaultIn(root);
    // The cheapest key derivation libsodium allows, so that opening the vault
    // measures what follows it; the real profiles' cost is measured on its own.
    const KdfParams fast{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    {
        NewVault request;
        request.directory = directory;
        request.adminLogin = adminLogin();
        request.adminDisplayName = QStringLiteral("Benchmark administrator");
        request.passphrase = passphrase.clone();
        request.kdf = fast;
        CreatedVault created = Vault::create(std::move(request), Clock::system());

        demo::DemoRequest demoRequest;
        demoRequest.cases = scale.cases;
        demoRequest.passphrase = passphrase.clone();
        demoRequest.kdf = fast;
        QElapsedTimer timer;
        timer.start();
        const demo::DemoSummary summary =
            demo::DemoGenerator(*created.session, Clock::system())
                .generate(demoRequest, [&](int done, int all) {
                    if (progress)
                        progress(BenchVaultText::tr("cases"), done, all);
                    return true;
                });
        figures.cases = summary.cases;
        figures.casesSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    {
        auto finance =
            Vault::open(directory, QStringLiteral("finance"), passphrase, Clock::system());
        QElapsedTimer timer;
        timer.start();
        figures.postings = writeBenchPostings(*finance, scale.postings, [&](int done, int all) {
            if (progress)
                progress(BenchVaultText::tr("postings"), done, all);
        });
        figures.postingsSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    auto caseworker =
        Vault::open(directory, QStringLiteral("caseworker"), passphrase, Clock::system());
    if (progress)
        progress(BenchVaultText::tr("the long case"), 0, 1);
    figures.bigCaseReference = writeBigCase(*caseworker, kSummaryPages);
    figures.rows = countRows(*caseworker);
    caseworker->database().checkpoint();
    figures.totalSeconds = double(total.nsecsElapsed()) / 1e9;
    writeFileAtomically(markerPath(root), markerText(scale, figures).toUtf8());
    return figures;
}

} // namespace bench
} // namespace amparo
