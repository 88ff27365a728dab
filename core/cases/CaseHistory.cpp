#include "cases/CaseHistory.h"

#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "vault/Session.h"

#include <algorithm>

namespace amparo {
namespace {

struct OwnedRecords
{
    const char* entityType;
    const char* query; // ?1 is the case
};

// Each kind of record of a case, as the audit trail names it.
constexpr OwnedRecords kOwnedRecords[] = {
    {"violation", "SELECT id FROM violations WHERE case_id = ?1"},
    {"intervention", "SELECT id FROM interventions WHERE case_id = ?1"},
    {"assistance", "SELECT id FROM assistance WHERE case_id = ?1"},
    {"task", "SELECT id FROM tasks WHERE case_id = ?1"},
    {"attachment",
     "SELECT id FROM attachments WHERE (owner_type = 'case' AND owner_id = ?1) "
     "OR (owner_type = 'violation' AND owner_id IN (SELECT id FROM violations WHERE case_id = ?1)) "
     "OR (owner_type = 'assistance' AND owner_id IN (SELECT id FROM assistance WHERE case_id = "
     "?1))"},
};

} // namespace

std::vector<audit::AuditEntry> caseHistory(Session& session, qint64 caseId)
{
    CaseService(session).get(caseId); // throws when the user may not see it
    const audit::AuditLog& log = session.audit();
    std::vector<audit::AuditEntry> entries =
        log.entriesFor(QStringLiteral("case"), QString::number(caseId));
    for (const OwnedRecords& owned : kOwnedRecords) {
        db::Statement ids = session.database().prepare(owned.query);
        ids.bind(1, caseId);
        while (ids.step()) {
            std::vector<audit::AuditEntry> more = log.entriesFor(
                QString::fromLatin1(owned.entityType), QString::number(ids.int64(0)));
            std::move(more.begin(), more.end(), std::back_inserter(entries));
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const audit::AuditEntry& a, const audit::AuditEntry& b) { return a.seq > b.seq; });
    return entries;
}

} // namespace amparo
