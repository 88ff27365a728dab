#include "audit/AuditAccess.h"

#include "auth/Permission.h"
#include "vault/Session.h"

namespace amparo {
namespace audit {

ChainVerification verifyTrail(Session& session)
{
    auth::requirePermission(session.user(), auth::Permission::ReadAuditTrail);
    return session.audit().verify();
}

std::vector<AuditEntry> recentEntries(Session& session, int limit)
{
    auth::requirePermission(session.user(), auth::Permission::ReadAuditTrail);
    return session.audit().latest(limit);
}

} // namespace audit
} // namespace amparo
