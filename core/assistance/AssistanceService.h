#pragma once

#include "assistance/Assistance.h"

#include <vector>

namespace amparo {

class Session;

// Assistance given in a case, read and written through the case's
// visibility. The status moves only through transition(), which follows the
// workflow and stamps the start and completion dates from the clock.
class AssistanceService
{
public:
    explicit AssistanceService(Session& session) : m_session(session) {}

    // Always starts as "requested".
    Assistance create(const Assistance& input);
    // Edits everything but the status; the dates of start and completion can
    // be corrected once the assistance has reached them.
    void update(const Assistance& changed);
    // A note is required to cancel, and kept in the audit trail.
    void transition(qint64 assistanceId, const QString& toStatus, const QString& note);

    // Throws Error(NotFound) when it does not exist or its case is hidden.
    Assistance get(qint64 assistanceId) const;
    // Oldest request first.
    std::vector<Assistance> listForCase(qint64 caseId) const;

private:
    Assistance validated(const Assistance& input) const;

    Session& m_session;
};

} // namespace amparo
