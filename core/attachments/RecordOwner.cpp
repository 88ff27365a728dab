#include "attachments/RecordOwner.h"

#include "assistance/AssistanceService.h"
#include "cases/CaseService.h"
#include "domain/Validation.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "interventions/InterventionService.h"
#include "people/PersonService.h"
#include "violations/ViolationService.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct RecordOwnerText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::RecordOwner)
};

} // namespace

RecordOwner requireVisibleRecord(Session& session, const QString& type, qint64 id,
                                 const QStringList& allowedTypes)
{
    RecordOwner owner;
    owner.type = validate::oneOf(RecordOwnerText::tr("The kind of record"), type, allowedTypes);
    owner.id = id;
    if (owner.type == QLatin1String("person")) {
        PersonService(session).get(id);
    } else if (owner.type == QLatin1String("case")) {
        owner.caseId = CaseService(session).get(id).id;
    } else if (owner.type == QLatin1String("violation")) {
        owner.caseId = ViolationService(session).get(id).caseId;
    } else if (owner.type == QLatin1String("assistance")) {
        owner.caseId = AssistanceService(session).get(id).caseId;
    } else if (owner.type == QLatin1String("intervention")) {
        owner.caseId = InterventionService(session).get(id).caseId;
    } else if (owner.type == QLatin1String("grant")) {
        owner.caseId = GrantService(session).get(id).caseId;
    } else if (owner.type == QLatin1String("disbursement")) {
        const Disbursement disbursement = DisbursementService(session).get(id);
        owner.caseId = GrantService(session).get(disbursement.grantId).caseId;
    }
    return owner;
}

} // namespace amparo
