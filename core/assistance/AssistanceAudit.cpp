#include "assistance/AssistanceAudit.h"

#include "domain/Validation.h"

namespace amparo {

std::vector<audit::FieldChange> assistanceChanges(const std::optional<Assistance>& before,
                                                  const Assistance& after)
{
    const Assistance empty;
    const Assistance& old = before ? *before : empty;
    std::vector<audit::FieldChange> changes;
    auto field = [&](const char* name, const QString& was, const QString& now) {
        if ((before && was == now) || (!before && now.isEmpty()))
            return;
        changes.push_back(
            {QString::fromLatin1(name), before ? std::optional<QString>(was) : std::nullopt, now});
    };
    auto id = [](const std::optional<qint64>& value) {
        return value ? QString::number(*value) : QString();
    };
    field("case_id", before ? QString::number(old.caseId) : QString(),
          QString::number(after.caseId));
    field("person_id", id(old.personId), id(after.personId));
    field("type", old.type, after.type);
    field("description", old.description, after.description);
    field("status", before ? old.status : QString(), after.status);
    field("provider_org_id", id(old.providerOrgId), id(after.providerOrgId));
    field("requested_on", toStoredDate(old.requestedOn), toStoredDate(after.requestedOn));
    field("started_on", toStoredDate(old.startedOn), toStoredDate(after.startedOn));
    field("completed_on", toStoredDate(old.completedOn), toStoredDate(after.completedOn));
    field("outcome", old.outcome, after.outcome);
    return changes;
}

} // namespace amparo
