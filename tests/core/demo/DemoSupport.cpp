#include "DemoSupport.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "vault/Vault.h"

#include <QCryptographicHash>

namespace amparo {
namespace test {

DemoVault::DemoVault(int cases, std::uint64_t seed, const demo::DemoProgress& progress,
                     int casesPerBatch)
{
    auto admin = vault.openAdmin();
    demo::DemoRequest request;
    request.cases = cases;
    request.seed = seed;
    request.passphrase = secret(kDemoPassphrase);
    request.kdf = fastKdf();
    request.casesPerBatch = casesPerBatch;
    summary = demo::DemoGenerator(*admin, vault.clock).generate(request, progress);
}

std::unique_ptr<Session> DemoVault::as(const QString& login)
{
    return login == vault.admin ? vault.openAdmin() : vault.open(login, kDemoPassphrase);
}

QByteArray contentDigest(Session& session)
{
    const char* queries[] = {
        "SELECT reference, external_id, title, narrative, programme, country, place, "
        "incident_on, reported_on, opened_on, closed_on, referring_org_id, priority, risk, "
        "restricted, status, created_by, created_at, updated_at FROM cases ORDER BY id",
        "SELECT pseudonym, full_name, sex, birth_date, birth_year, nationality, country, "
        "languages, roles, woman_defender, vulnerabilities, affiliation_id, phone, email, "
        "address, notes, created_at FROM people ORDER BY id",
        "SELECT case_id, ifnull(from_status, ''), to_status, reason, user_id, at "
        "FROM case_transitions ORDER BY id",
        "SELECT case_id, person_id, role, perpetrator_type FROM case_people "
        "ORDER BY case_id, person_id, role",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : queries) {
        db::Statement rows = session.database().prepare(sql);
        while (rows.step()) {
            for (int i = 0; i < rows.columnCount(); ++i)
                hash.addData((rows.text(i) + QLatin1Char('\x1f')).toUtf8());
            hash.addData("\n");
        }
    }
    return hash.result();
}

QStringList column(Session& session, const char* sql)
{
    QStringList values;
    db::Statement rows = session.database().prepare(sql);
    while (rows.step())
        values << rows.text(0);
    return values;
}

} // namespace test
} // namespace amparo
