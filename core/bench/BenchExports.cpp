#include "bench/BenchBigCase.h"
#include "bench/BenchScenarios.h"
#include "bench/BenchStats.h"
#include "bench/BenchWorkload.h"
#include "cases/CaseService.h"
#include "csv/CsvImporter.h"
#include "export/CaseSummary.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

namespace amparo {
namespace bench {
namespace {

struct ExportsText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::Exports)
};

constexpr int kMostImportRows = 100'000;

const char* const kGiven[] = {"Amina", "Carlos", "Mei",   "Olena",    "Tariq",  "Lucía", "Kwame",
                              "Nadia", "Иван",   "فاطمة", "Thandiwe", "Nguyen", "Rahul"};
const char* const kFamily[] = {"Okafor", "Reyes",   "Chen",     "Shevchenko", "Haddad",  "Quispe",
                               "Mensah", "Petrova", "Kowalski", "Al-Masri",   "Dlamini", "Sharma"};
const char* const kCountries[] = {"KE", "PH", "CO", "UA", "EG", "PE", "GH", "RU", "IN", "MX"};

// A people file as spreadsheets hold them: every canonical column,
// names in several scripts, every row a different person.
void writePeopleCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::Storage, ExportsText::tr("Cannot write %1.").arg(path));
    QTextStream out(&file);
    out << "external_id,full_name,sex,birth_date,nationality,country,roles,phone,email,notes\n";
    for (int i = 0; i < rows; ++i) {
        const QString given = QString::fromUtf8(kGiven[i % 13]);
        const QString family = QString::fromUtf8(kFamily[(i / 13) % 12]);
        const QString country = QString::fromLatin1(kCountries[i % 10]);
        out << "BENCH-" << i << ',' << given << ' ' << family << ' ' << i << ','
            << (i % 2 ? "male" : "female") << ','
            << QDate(1950 + i % 55, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate) << ',' << country
            << ',' << country << ',' << (i % 5 ? "victim" : "defender;family") << ',' << "+254 7"
            << QString::number(10'000'000 + i) << ',' << "person" << i << "@example.org" << ','
            << "Referred by a member organisation in " << country << '\n';
    }
}

} // namespace

void benchSummaryPdf(BenchContext& context)
{
    const QString figure = ExportsText::tr("8. PDF case summary of 50 pages");
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        context.report.add(QStringLiteral("pdf-summary"), figure, std::nullopt,
                           ExportsText::tr("ms"), atMost(1000),
                           ExportsText::tr("not measured (no text layout without Qt Gui)"));
        return;
    }
    auto session = Vault::open(context.vault.directory, QStringLiteral("caseworker"),
                               context.passphrase, Clock::system());
    const qint64 caseId =
        CaseService(*session).getByReference(context.vault.figures.bigCaseReference).id;
    QByteArray pdf;
    const Samples samples =
        measure(context.repetitions, [&] { pdf = renderCaseSummaryPdf(*session, caseId, {}); });
    context.report.add(QStringLiteral("pdf-summary"), figure, samples.median(),
                       ExportsText::tr("ms"), atMost(1000),
                       ExportsText::tr("%n page(s)", nullptr, pdfPageCount(pdf)));
}

void benchCsvImport(BenchContext& context)
{
    const int rows = std::min(context.scale.cases, kMostImportRows);
    Samples samples;
    for (int r = 0; r < context.repetitions; ++r) {
        // A new encrypted vault database each time, in a private temporary
        // folder removed with the file of synthetic people.
        QTemporaryDir folder;
        if (!folder.isValid())
            throw Error(ErrorKind::Storage, ExportsText::tr("No temporary folder for the import."));
        const QString file = folder.filePath(QStringLiteral("people.csv"));
        writePeopleCsv(file, rows);
        auto session = workloadSession(folder.path(), Storage::Encrypted);
        csv::ImportReport report;
        samples.add(millisecondsOf([&] {
            report = csv::CsvImporter(*session).runFile(csv::CsvKind::People, file,
                                                        csv::ImportMode::Commit);
        }));
        if (!report.committed || report.created != rows)
            throw Error(ErrorKind::Invalid,
                        ExportsText::tr("The benchmark's people file was not imported whole "
                                        "(%1 of %2 rows).")
                            .arg(report.created)
                            .arg(rows));
    }
    context.report.add(QStringLiteral("csv-import"), ExportsText::tr("9. CSV import of people"),
                       rows / (samples.median() / 1000.0), ExportsText::tr("rows/s"),
                       atLeast(20'000), ExportsText::tr("%n row(s)", nullptr, rows));
}

} // namespace bench
} // namespace amparo
