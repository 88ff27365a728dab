#pragma once

#include "audit/AuditEntry.h"
#include "people/Person.h"

#include <optional>
#include <vector>

namespace amparo {

// The audit record of a change to a person: non-sensitive fields with their
// values, sensitive ones (name, birth date, contact details, notes) only as
// "changed", so the trail never holds what anonymisation must remove.
std::vector<audit::FieldChange> personChanges(const std::optional<Person>& before,
                                              const Person& after);

} // namespace amparo
