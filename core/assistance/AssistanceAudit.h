#pragma once

#include "assistance/Assistance.h"
#include "audit/AuditEntry.h"

#include <optional>
#include <vector>

namespace amparo {

// Field-level before/after of assistance for the audit trail.
std::vector<audit::FieldChange> assistanceChanges(const std::optional<Assistance>& before,
                                                  const Assistance& after);

} // namespace amparo
