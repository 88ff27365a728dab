#include "cases/CaseAudit.h"

#include "domain/Validation.h"

namespace amparo {

std::vector<audit::FieldChange> caseChanges(const std::optional<Case>& before, const Case& after)
{
    const Case empty;
    const Case& old = before ? *before : empty;
    std::vector<audit::FieldChange> changes;
    auto field = [&](const char* name, const QString& was, const QString& now) {
        if (before && was == now)
            return;
        if (!before && now.isEmpty())
            return;
        changes.push_back(
            {QString::fromLatin1(name), before ? std::optional<QString>(was) : std::nullopt, now});
    };
    auto id = [](const std::optional<qint64>& value) {
        return value ? QString::number(*value) : QString();
    };
    field("reference", old.reference, after.reference);
    field("external_id", old.externalId, after.externalId);
    field("title", old.title, after.title);
    // Narratives and risk assessments name people: the trail records that
    // they changed, not their text, so anonymisation is not undone by it.
    auto text = [&](const char* name, const QString& was, const QString& now) {
        if ((before && was == now) || (!before && now.isEmpty()))
            return;
        const QString marker = QStringLiteral("(text, %1 characters)");
        changes.push_back({QString::fromLatin1(name),
                           before ? std::optional<QString>(marker.arg(was.size())) : std::nullopt,
                           marker.arg(now.size())});
    };
    text("narrative", old.narrative, after.narrative);
    field("programme", old.programme, after.programme);
    field("country", old.country, after.country);
    field("place", old.place, after.place);
    field("incident_on", toStoredDate(old.incidentOn), toStoredDate(after.incidentOn));
    field("reported_on", toStoredDate(old.reportedOn), toStoredDate(after.reportedOn));
    field("opened_on", toStoredDate(old.openedOn), toStoredDate(after.openedOn));
    field("referring_org_id", id(old.referringOrgId), id(after.referringOrgId));
    field("priority", old.priority, after.priority);
    text("risk", old.risk, after.risk);
    field("restricted", old.restricted ? QStringLiteral("yes") : QStringLiteral("no"),
          after.restricted ? QStringLiteral("yes") : QStringLiteral("no"));
    return changes;
}

} // namespace amparo
