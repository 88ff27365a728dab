#include "tasks/TaskAudit.h"

#include "audit/FieldDiff.h"
#include "domain/Validation.h"

namespace amparo {

std::vector<audit::FieldChange> taskChanges(const std::optional<Task>& before, const Task& after)
{
    const Task empty;
    const Task& old = before ? *before : empty;
    audit::FieldDiff diff(!before);
    diff.field("title", old.title, after.title);
    diff.field("due_on", toStoredDate(old.dueOn), toStoredDate(after.dueOn));
    diff.field("assignee_id", before ? QString::number(old.assigneeId) : QString(),
               QString::number(after.assigneeId));
    diff.field("case_id", audit::FieldDiff::id(old.caseId), audit::FieldDiff::id(after.caseId));
    diff.field("owner_type", old.ownerType, after.ownerType);
    diff.field("owner_id", audit::FieldDiff::id(old.ownerId), audit::FieldDiff::id(after.ownerId));
    diff.field("done_on", toStoredDate(old.doneOn), toStoredDate(after.doneOn));
    return diff.take();
}

} // namespace amparo
