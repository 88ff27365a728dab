#pragma once

#include "audit/AuditEntry.h"
#include "cases/Case.h"

#include <optional>
#include <vector>

namespace amparo {

// Field-level before/after of a case for the audit trail.
std::vector<audit::FieldChange> caseChanges(const std::optional<Case>& before, const Case& after);

} // namespace amparo
