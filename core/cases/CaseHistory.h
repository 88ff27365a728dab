#pragma once

#include "audit/AuditEntry.h"

#include <vector>

namespace amparo {

class Session;

// The history tab of a case: the audit entries of the case and of the
// records that belong to it now (its violations with their medical records,
// interventions, assistance, tasks and documents), newest first. Whoever may
// read the case may read its history; sensitive personal fields appear there
// only as "changed", as everywhere in the audit trail. Entries of records
// since removed stay in the whole trail, for administrators and auditors.
// Throws Error(NotFound) when the case is hidden from the user.
std::vector<audit::AuditEntry> caseHistory(Session& session, qint64 caseId);

} // namespace amparo
