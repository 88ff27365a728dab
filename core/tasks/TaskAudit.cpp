#include "tasks/TaskAudit.h"

#include "domain/Validation.h"

namespace amparo {

std::vector<audit::FieldChange> taskChanges(const std::optional<Task>& before, const Task& after)
{
    const Task empty;
    const Task& old = before ? *before : empty;
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
    field("title", old.title, after.title);
    field("due_on", toStoredDate(old.dueOn), toStoredDate(after.dueOn));
    field("assignee_id", before ? QString::number(old.assigneeId) : QString(),
          QString::number(after.assigneeId));
    field("case_id", id(old.caseId), id(after.caseId));
    field("owner_type", old.ownerType, after.ownerType);
    field("owner_id", id(old.ownerId), id(after.ownerId));
    field("done_on", toStoredDate(old.doneOn), toStoredDate(after.doneOn));
    return changes;
}

} // namespace amparo
