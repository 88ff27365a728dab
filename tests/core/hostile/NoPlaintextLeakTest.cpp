// Issue 10: after a session (create, edit, attach, search, export, lock) the
// vault folder, the temporary folder and the settings, cache and data folders
// hold none of the sensitive text typed or attached in it.

#include "DomainFixture.h"
#include "HostileSupport.h"
#include "TestSupport.h"
#include "attachments/AttachmentService.h"
#include "auth/Role.h"
#include "cases/CaseService.h"
#include "csv/CsvExporter.h"
#include "export/CaseSummary.h"
#include "people/PersonService.h"
#include "vault/UserAdministration.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

// Set only in the child process that plays the session.
const char* const kSessionRoot = "AMPARO_LEAK_TEST_ROOT";

// The folders a session could write to, pointed at fresh ones in the child
// before anything runs, and the one the session's exports go to on purpose.
const char* const kScannedFolders[] = {"vault", "tmp",  "home",   "config",
                                       "cache", "data", "runtime"};
const char* const kOutsideFolder = "outside";

const QString kName = QStringLiteral("Zubeida Qarmatova");
const QString kPlace = QStringLiteral("Vellmarsh quarry");
const QString kNarrativeWord = QStringLiteral("lanternfish");
const QString kEditedWord = QStringLiteral("quillwort");
const QString kAddress = QStringLiteral("Calle Ostramonte 4471");
const QByteArray kAttachment = "attachment-marker-7f3e9c1d: the detention centre ledger";

QStringList sensitiveStrings()
{
    return {kName, kPlace, kNarrativeWord, kEditedWord, kAddress, QString::fromLatin1(kAttachment)};
}

void playSession(const QString& root)
{
    const ManualClock clock;
    NewVault request;
    request.directory = root + QStringLiteral("/vault");
    request.adminLogin = QStringLiteral("ana");
    request.adminDisplayName = QStringLiteral("Ana");
    request.passphrase = secret(QStringLiteral("ana passphrase"));
    request.kdf = fastKdf();
    {
        CreatedVault created = Vault::create(std::move(request), clock);
        UserAdministration(*created.session)
            .addUser(QStringLiteral("bea"), QString(), {auth::Role::Caseworker},
                     secret(QStringLiteral("bea passphrase")), fastKdf());
    }
    auto bea = Vault::open(root + QStringLiteral("/vault"), QStringLiteral("bea"),
                           secret(QStringLiteral("bea passphrase")), clock);

    Person person = samplePerson(kName);
    person.address = kAddress;
    const qint64 personId = PersonService(*bea).create(person).id;
    Case c = sampleCase(QStringLiteral("Disappearance near ") + kPlace);
    c.narrative = QStringLiteral("Last seen by a ") + kNarrativeWord + QStringLiteral(" seller.");
    c = CaseService(*bea).create(c);
    CaseService(*bea).addPerson(c.id, personId, QStringLiteral("victim"));

    c.narrative += QStringLiteral(" Her brother found a ") + kEditedWord + QStringLiteral(" leaf.");
    CaseService(*bea).update(c);
    person = PersonService(*bea).get(personId);
    person.notes = QStringLiteral("Moved away from ") + kPlace;
    PersonService(*bea).update(person);

    // The file is picked from a folder the user chose (not scanned).
    const QByteArray file = readAll(root + QLatin1Char('/') + QLatin1String(kOutsideFolder) +
                                    QStringLiteral("/evidence.txt"));
    const qint64 attachment = AttachmentService(*bea)
                                  .add(QStringLiteral("case"), c.id, QStringLiteral("evidence.txt"),
                                       QStringLiteral("text/plain"), file)
                                  .id;
    REQUIRE(AttachmentService(*bea).content(attachment) == kAttachment);

    CaseFilter filter;
    filter.search = QStringLiteral("Qarmatova");
    REQUIRE(CaseService(*bea).list(filter, CaseSort::Reference, 0, 10).size() == 1);
    REQUIRE(PersonService(*bea).search(kName, 10).size() == 1);

    const QString outside = root + QLatin1Char('/') + QLatin1String(kOutsideFolder);
    csv::CsvExporter(*bea).exportToFile(csv::CsvKind::People, outside + QStringLiteral("/p.csv"));
    writeAll(outside + QStringLiteral("/summary.pdf"), renderCaseSummaryPdf(*bea, c.id, {}));
    // Locking: the session closes with the process.
}

} // namespace

// Hidden: the parent test below runs it in a child process with a clean environment.
TEST_CASE("a scripted session in a clean environment", "[.leak-session]")
{
    const QString root = qEnvironmentVariable(kSessionRoot);
    REQUIRE_FALSE(root.isEmpty());
    playSession(root);
}

TEST_CASE("a session leaves no sensitive text in the vault or the temporary and settings "
          "folders")
{
    const TempFolder folder;
    const QString root = folder.path(QStringLiteral("session"));
    QDir().mkpath(root + QLatin1Char('/') + QLatin1String(kOutsideFolder));
    writeAll(root + QLatin1Char('/') + QLatin1String(kOutsideFolder) +
                 QStringLiteral("/evidence.txt"),
             kAttachment);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const std::pair<const char*, const char*> variables[] = {
        {"TMPDIR", "tmp"},           {"HOME", "home"},          {"XDG_CONFIG_HOME", "config"},
        {"XDG_CACHE_HOME", "cache"}, {"XDG_DATA_HOME", "data"}, {"XDG_RUNTIME_DIR", "runtime"}};
    for (const auto& [variable, name] : variables) {
        const QString path = root + QLatin1Char('/') + QLatin1String(name);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QString::fromLatin1(variable), path);
    }
    environment.insert(QString::fromLatin1(kSessionRoot), root);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[leak-session]")});
    REQUIRE(child.waitForStarted());
    REQUIRE(child.waitForFinished(120'000));
    INFO(QString::fromUtf8(child.readAll()));
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    REQUIRE(child.exitCode() == 0);
    REQUIRE(QFile::exists(root + QStringLiteral("/vault/vault.db")));

    for (const char* name : kScannedFolders) {
        const QStringList leaks =
            plaintextLeaksUnder(root + QLatin1Char('/') + QLatin1String(name), sensitiveStrings());
        INFO(leaks.join(QLatin1Char('\n')));
        CHECK(leaks.isEmpty());
    }
    // The scan does find what is there: the exports went outside on purpose.
    const QStringList exported = plaintextLeaksUnder(
        root + QLatin1Char('/') + QLatin1String(kOutsideFolder), sensitiveStrings());
    CHECK(exported.contains(root + QStringLiteral("/outside/p.csv: ") + kName));
    CHECK(exported.contains(root + QStringLiteral("/outside/evidence.txt: ") +
                            QString::fromLatin1(kAttachment)));
}
