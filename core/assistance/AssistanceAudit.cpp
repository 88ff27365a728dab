#include "assistance/AssistanceAudit.h"

#include "audit/FieldDiff.h"
#include "domain/Validation.h"

namespace amparo {

std::vector<audit::FieldChange> assistanceChanges(const std::optional<Assistance>& before,
                                                  const Assistance& after)
{
    const Assistance empty;
    const Assistance& old = before ? *before : empty;
    audit::FieldDiff diff(!before);
    diff.field("case_id", before ? QString::number(old.caseId) : QString(),
               QString::number(after.caseId));
    diff.field("person_id", audit::FieldDiff::id(old.personId),
               audit::FieldDiff::id(after.personId));
    diff.field("type", old.type, after.type);
    diff.field("description", old.description, after.description);
    diff.field("status", before ? old.status : QString(), after.status);
    diff.field("provider_org_id", audit::FieldDiff::id(old.providerOrgId),
               audit::FieldDiff::id(after.providerOrgId));
    diff.field("requested_on", toStoredDate(old.requestedOn), toStoredDate(after.requestedOn));
    diff.field("started_on", toStoredDate(old.startedOn), toStoredDate(after.startedOn));
    diff.field("completed_on", toStoredDate(old.completedOn), toStoredDate(after.completedOn));
    diff.field("outcome", old.outcome, after.outcome);
    return diff.take();
}

} // namespace amparo
