#include "cases/CaseAudit.h"

#include "audit/FieldDiff.h"
#include "domain/Validation.h"

namespace amparo {

std::vector<audit::FieldChange> caseChanges(const std::optional<Case>& before, const Case& after)
{
    const Case empty;
    const Case& old = before ? *before : empty;
    audit::FieldDiff diff(!before);
    // Narratives and risk assessments name people: the trail records that
    // they changed, not their text, so anonymisation is not undone by it.
    auto text = [&](const char* name, const QString& was, const QString& now) {
        if ((before && was == now) || (!before && now.isEmpty()))
            return;
        const QString marker = QStringLiteral("(text, %1 characters)");
        diff.add({QString::fromLatin1(name),
                  before ? std::optional<QString>(marker.arg(was.size())) : std::nullopt,
                  marker.arg(now.size())});
    };
    diff.field("reference", old.reference, after.reference);
    diff.field("external_id", old.externalId, after.externalId);
    diff.field("title", old.title, after.title);
    text("narrative", old.narrative, after.narrative);
    diff.field("programme", old.programme, after.programme);
    diff.field("country", old.country, after.country);
    diff.field("place", old.place, after.place);
    diff.field("incident_on", toStoredDate(old.incidentOn), toStoredDate(after.incidentOn));
    diff.field("reported_on", toStoredDate(old.reportedOn), toStoredDate(after.reportedOn));
    diff.field("opened_on", toStoredDate(old.openedOn), toStoredDate(after.openedOn));
    diff.field("referring_org_id", audit::FieldDiff::id(old.referringOrgId),
               audit::FieldDiff::id(after.referringOrgId));
    diff.field("priority", old.priority, after.priority);
    text("risk", old.risk, after.risk);
    diff.field("restricted", old.restricted ? QStringLiteral("yes") : QStringLiteral("no"),
               after.restricted ? QStringLiteral("yes") : QStringLiteral("no"));
    return diff.take();
}

} // namespace amparo
