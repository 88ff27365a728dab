#include "assistance/AssistanceService.h"
#include "attachments/AttachmentService.h"
#include "auth/Permission.h"
#include "bench/BenchScenarios.h"
#include "bench/BenchStats.h"
#include "cases/CaseService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "interventions/InterventionService.h"
#include "tasks/TaskService.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/Vault.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <QCoreApplication>

namespace amparo {
namespace bench {
namespace {

struct CaseTabsText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::CaseTabs)
};

// Everything the case editor's tabs show (PRODUCT §4): summary, people,
// violations with their medical records, interventions, assistance,
// grants with their payments, documents, tasks and history. Returns the
// number of records read, so that the work cannot be optimised away.
std::size_t readAllTabs(Session& session, qint64 caseId)
{
    std::size_t records = 0;
    const CaseService cases(session);
    const Case c = cases.get(caseId);
    records += 1 + cases.transitions(caseId).size() + cases.people(caseId).size();
    const MedicalRecordService medical(session);
    for (const Violation& v : ViolationService(session).listForCase(caseId))
        records += 1 + (medical.get(v.id) ? 1 : 0);
    records += InterventionService(session).listForCase(caseId).size();
    records += AssistanceService(session).listForCase(caseId).size();
    GrantFilter grants;
    grants.caseId = caseId;
    // Payments are listed to those who read the ledger; a caseworker sees
    // each grant's totals.
    const bool seesPayments = auth::rolesAllow(session.user().roles, auth::Permission::ReadLedger);
    const DisbursementService disbursements(session);
    for (const Grant& g : GrantService(session).list(grants))
        records += 1 + (seesPayments ? disbursements.list(g.id).size() : 0);
    records += AttachmentService(session).list(QStringLiteral("case"), caseId).size();
    records += TaskService(session).listForCase(caseId).size();
    records += session.audit().entriesFor(QStringLiteral("case"), QString::number(c.id)).size();
    return records;
}

} // namespace

void benchCaseTabs(BenchContext& context)
{
    auto session = Vault::open(context.vault.directory, QStringLiteral("caseworker"),
                               context.passphrase, Clock::system());
    const CaseService cases(*session);
    // Cases from across the years, as someone opens them from the list.
    std::vector<qint64> ids;
    const qint64 total = cases.count({});
    for (int i = 1; i <= 5; ++i)
        for (const CaseRow& row :
             cases.list({}, CaseSort::OpenedNewestFirst, int(total * i / 6), 1))
            ids.push_back(row.id);
    Samples samples;
    std::size_t records = 0;
    for (int r = 0; r < context.repetitions; ++r)
        for (const qint64 id : ids)
            samples.add(millisecondsOf([&] { records = readAllTabs(*session, id); }));
    context.report.add(QStringLiteral("case-all-tabs"),
                       CaseTabsText::tr("5. Opening one case with the data of all its tabs"),
                       samples.empty() ? std::nullopt : std::optional(samples.median()),
                       CaseTabsText::tr("ms"), atMost(30),
                       CaseTabsText::tr("%n case(s) across the years", nullptr, int(ids.size())));
}

} // namespace bench
} // namespace amparo
