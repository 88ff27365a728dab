#pragma once

#include "audit/AuditEntry.h"
#include "tasks/Task.h"

#include <optional>
#include <vector>

namespace amparo {

// Field-level before/after of a task for the audit trail.
std::vector<audit::FieldChange> taskChanges(const std::optional<Task>& before, const Task& after);

} // namespace amparo
