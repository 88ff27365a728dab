#pragma once

#include "audit/AuditEntry.h"
#include "violations/Violation.h"

#include <optional>
#include <vector>

namespace amparo {

// Field-level before/after of a violation; absent `before` for a creation,
// absent `after` for a removal.
std::vector<audit::FieldChange> violationChanges(const std::optional<Violation>& before,
                                                 const std::optional<Violation>& after);

// A medical record is health data: the trail says which parts changed and
// who changed them, never what they said.
std::vector<audit::FieldChange>
medicalRecordChanges(const std::optional<MedicalExamination>& before,
                     const std::optional<MedicalExamination>& after);

} // namespace amparo
