#pragma once

#include "audit/AuditLog.h"

#include <vector>

namespace amparo {
class Session;
}

namespace amparo {
namespace audit {

// Reading the audit trail is itself a controlled act: the whole trail is for
// administrators and auditors. (Services append through Session::audit()
// inside their own transactions; this is the read side for screens and the
// command line.)
ChainVerification verifyTrail(Session& session);
std::vector<AuditEntry> recentEntries(Session& session, int limit);

} // namespace audit
} // namespace amparo
