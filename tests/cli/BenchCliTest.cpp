// amparo-cli bench at a tiny scale: every scenario reports, Amparo and
// hledger agree, bad options are refused. No test here asserts a time:
// these are benchmarks, not tests (docs/PERFORMANCE.md).

#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using amparo::test::runAmparoCli;
using amparo::test::TempFolder;

namespace {

const QString kPassphrase = QStringLiteral("bench users' passphrase");

QMap<QString, QString> withPassphrase(const QString& temporaryFolder = {})
{
    QMap<QString, QString> environment{{QStringLiteral("AMPARO_PASSPHRASE"), kPassphrase}};
    if (!temporaryFolder.isEmpty())
        environment.insert(QStringLiteral("TMPDIR"), temporaryFolder);
    return environment;
}

} // namespace

TEST_CASE("bench refuses options out of range, unknown options and arguments", "[bench]")
{
    TempFolder folder;
    const QString vault = folder.path(QStringLiteral("bench"));
    const std::pair<QStringList, QString> cases[] = {
        {{QStringLiteral("--cases"), QStringLiteral("5")}, QStringLiteral("--cases needs")},
        {{QStringLiteral("--cases"), QStringLiteral("many")}, QStringLiteral("--cases needs")},
        {{QStringLiteral("--postings"), QStringLiteral("-1")}, QStringLiteral("--postings needs")},
        {{QStringLiteral("--repetitions"), QStringLiteral("0")},
         QStringLiteral("--repetitions needs")},
        {{QStringLiteral("--format"), QStringLiteral("xml")}, QStringLiteral("xml")},
        {{QStringLiteral("--scale"), QStringLiteral("big")}, QStringLiteral("scale")},
        {{QStringLiteral("somewhere")}, QStringLiteral("somewhere")},
    };
    for (const auto& [arguments, message] : cases) {
        CAPTURE(arguments.join(QLatin1Char(' ')));
        const auto run = runAmparoCli(
            QStringList{QStringLiteral("bench"), QStringLiteral("--vault"), vault} + arguments,
            withPassphrase());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(message));
        CHECK_FALSE(QDir(vault).exists());
    }
}

TEST_CASE("bench never writes into a folder that holds something else", "[bench]")
{
    TempFolder folder;
    const QString other = folder.path(QStringLiteral("someone's vault"));
    QDir().mkpath(other);
    amparo::test::writeAll(other + QStringLiteral("/keyslots"), "not the benchmark's");
    const auto run = runAmparoCli({QStringLiteral("bench"), QStringLiteral("--vault"), other,
                                   QStringLiteral("--cases"), QStringLiteral("100")},
                                  withPassphrase());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("is not a benchmark vault")));
    CHECK(QDir(other).entryList(QDir::Files) == QStringList{QStringLiteral("keyslots")});
}

TEST_CASE("bench at a tiny scale reports every scenario, and Amparo and hledger agree", "[bench]")
{
    TempFolder folder;
    const QString vault = folder.path(QStringLiteral("bench"));
    const QString temporary = folder.path(QStringLiteral("tmp"));
    QDir().mkpath(temporary);
    const QStringList arguments = {
        QStringLiteral("bench"),      QStringLiteral("--cases"), QStringLiteral("500"),
        QStringLiteral("--postings"), QStringLiteral("5000"),    QStringLiteral("--repetitions"),
        QStringLiteral("1"),          QStringLiteral("--vault"), vault,
        QStringLiteral("--format"),   QStringLiteral("json")};
    const auto run = runAmparoCli(arguments, withPassphrase(temporary));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("built now")));

    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue& row : rows)
        byId.insert(row.toObject().value(QStringLiteral("id")).toString(), row.toObject());
    for (const char* id : {"build-rows",           "build-cases",
                           "build-postings",       "kdf-moderate",
                           "kdf-interactive",      "open-after-kdf",
                           "case-list-first-page", "case-list-next-page",
                           "case-list-last-page",  "search-keystroke-p50",
                           "search-keystroke-p95", "case-all-tabs",
                           "fund-positions",       "ledger-balances",
                           "journal-export",       "hledger-bal",
                           "hledger-ratio",        "hledger-agree",
                           "mixed-encrypted",      "mixed-plaintext",
                           "mixed-ratio",          "pdf-summary",
                           "csv-import",           "gui-memory-peak",
                           "gui-memory-steady",    "dashboard-fund-manager",
                           "dashboard-caseworker"}) {
        CAPTURE(id);
        CHECK(byId.contains(QString::fromLatin1(id)));
    }
    // CI installs hledger: the balances must agree, in the same run.
    CHECK(byId.value(QStringLiteral("hledger-agree")).value(QStringLiteral("note")).toString() ==
          QStringLiteral("agree"));
    const QString pages =
        byId.value(QStringLiteral("pdf-summary")).value(QStringLiteral("note")).toString();
    CAPTURE(pages);
    CHECK(pages.section(QLatin1Char(' '), 0, 0).toInt() >= 50);
    CHECK(byId.value(QStringLiteral("csv-import")).value(QStringLiteral("value")).toString() !=
          QStringLiteral("-"));
    // The plaintext database, the journal and the people file were temporary.
    // (Qt Gui makes its runtime folder there when XDG_RUNTIME_DIR is unset.)
    QStringList left = QDir(temporary).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    left.removeIf([](const QString& name) { return name.startsWith(QLatin1String("runtime-")); });
    CHECK(left.isEmpty());

    // A second run at the same scale reuses the vault, and says so.
    const auto again = runAmparoCli(arguments, withPassphrase(temporary));
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.err.contains(QStringLiteral("reused")));
}
