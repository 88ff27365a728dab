#include "Operations.h"
#include "audit/AuditAccess.h"
#include "backup/Backup.h"
#include "csv/CsvColumns.h"
#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"
#include "export/CaseSummary.h"
#include "organisations/OrganisationService.h"
#include "settings/Settings.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"

#include <atomic>

namespace amparo {
namespace test {

namespace {

QString passphraseOf(const MatrixWorld& world, const QString& login)
{
    return login == world.fixture.vault.admin ? world.fixture.vault.adminPassphrase
                                              : login + QStringLiteral(" passphrase");
}

// A user to act on, new for every cell: disabling or removing bea would
// change the rest of the walk.
QString newUser(MatrixWorld& world, bool disabled = false)
{
    static std::atomic<int> counter = 0;
    const QString login = QStringLiteral("temp%1").arg(++counter);
    UserAdministration administration(world.as(QStringLiteral("ana")));
    administration.addUser(login, QString(), {auth::Role::Caseworker},
                           secret(QStringLiteral("temporary passphrase")), fastKdf());
    if (disabled)
        administration.disableUser(login);
    return login;
}

// Where the exports of the walk go: one folder for the whole run.
QString outputPath(const QString& name)
{
    static TempFolder folder;
    static std::atomic<int> counter = 0;
    return folder.path(QStringLiteral("%1-%2").arg(++counter).arg(name));
}

Organisation provider()
{
    Organisation o;
    static std::atomic<int> counter = 0;
    o.name = QStringLiteral("Clinic for survivors %1").arg(++counter);
    o.kind = QStringLiteral("provider");
    return o;
}

Operation exportCsv(const char* name, csv::CsvKind kind)
{
    return {QString::fromLatin1(name), [kind](Setup& s) -> Act {
                return [&actor = s.actor, kind] {
                    csv::CsvExporter(actor).exportToFile(kind, outputPath(QStringLiteral("x.csv")));
                };
            }};
}

} // namespace

std::vector<Operation> administrationOperations()
{
    return {
        {QStringLiteral("UserAdministration::addUser"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 static std::atomic<int> counter = 0;
                 UserAdministration(actor).addUser(
                     QStringLiteral("new%1").arg(++counter), QString(), {auth::Role::Auditor},
                     secret(QStringLiteral("new user passphrase")), fastKdf());
             };
         }},
        {QStringLiteral("UserAdministration::setRoles"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, login = newUser(s.world)] {
                 UserAdministration(actor).setRoles(login, {auth::Role::Auditor});
             };
         }},
        {QStringLiteral("UserAdministration::disableUser"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, login = newUser(s.world)] {
                 UserAdministration(actor).disableUser(login);
             };
         }},
        {QStringLiteral("UserAdministration::enableUser"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, login = newUser(s.world, true)] {
                 UserAdministration(actor).enableUser(login);
             };
         }},
        {QStringLiteral("UserAdministration::removeUser"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, login = newUser(s.world)] {
                 UserAdministration(actor).removeUser(login);
             };
         },
         {},
         true},
        {QStringLiteral("UserAdministration::rotateMasterKey"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 UserAdministration(actor).rotateMasterKey();
             };
         },
         {},
         true},
        {QStringLiteral("UserAdministration::changeOwnPassphrase"),
         [](Setup& s) -> Act {
             // Changed and changed back, so that the walk can open the session again.
             const QString current = passphraseOf(s.world, s.actor.user().login);
             return [&actor = s.actor, current] {
                 const QString next = current + QStringLiteral(" renewed");
                 UserAdministration(actor).changeOwnPassphrase(secret(current), secret(next),
                                                               fastKdf());
                 UserAdministration(actor).changeOwnPassphrase(secret(next), secret(current),
                                                               fastKdf());
             };
         }},
        {QStringLiteral("UserAdministration::users"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 UserAdministration(actor).users();
             };
         }},
        {QStringLiteral("audit::verifyTrail"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 audit::verifyTrail(actor);
             };
         }},
        {QStringLiteral("audit::recentEntries"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 audit::recentEntries(actor, 10);
             };
         }},
        {QStringLiteral("settings::set"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 settings::set(actor, settings::kBackupReminderDays, QStringLiteral("10"));
             };
         }},
        {QStringLiteral("writeBackup"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 writeBackup(actor, outputPath(QStringLiteral("vault.amparo-backup")));
             };
         }},
        {QStringLiteral("lastBackupAt"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 lastBackupAt(actor);
             };
         }},
        {QStringLiteral("OrganisationService::create"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 OrganisationService(actor).create(provider());
             };
         }},
        {QStringLiteral("OrganisationService::update"),
         [](Setup& s) -> Act {
             OrganisationService service(s.world.as(QStringLiteral("bea")));
             Organisation o = service.get(service.create(provider()));
             o.notes = QStringLiteral("Open on Saturdays");
             return [&actor = s.actor, o] {
                 OrganisationService(actor).update(o);
             };
         }},
        {QStringLiteral("OrganisationService::get"),
         [](Setup& s) -> Act {
             const qint64 id =
                 OrganisationService(s.world.as(QStringLiteral("bea"))).create(provider());
             return [&actor = s.actor, id] {
                 OrganisationService(actor).get(id);
             };
         }},
        {QStringLiteral("OrganisationService::findByName"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 OrganisationService(actor).findByName(QStringLiteral("Clinic"));
             };
         }},
        {QStringLiteral("OrganisationService::list"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 OrganisationService(actor).list();
             };
         }},
        exportCsv("CsvExporter::exportToFile (people)", csv::CsvKind::People),
        exportCsv("CsvExporter::exportToFile (cases)", csv::CsvKind::Cases),
        exportCsv("CsvExporter::exportToFile (grants)", csv::CsvKind::Grants),
        exportCsv("CsvExporter::exportToFile (disbursements)", csv::CsvKind::Disbursements),
        {QStringLiteral("CsvImporter::runFile"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 csv::CsvImporter(actor).runFile(
                     csv::CsvKind::People,
                     QStringLiteral(AMPARO_TEST_DATA "/csv/people-spreadsheet.csv"),
                     csv::ImportMode::DryRun);
             };
         }},
        {QStringLiteral("renderCaseSummaryPdf"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.caseId] {
                 renderCaseSummaryPdf(actor, id, SummaryOptions());
             };
         }},
    };
}

} // namespace test
} // namespace amparo
