#pragma once

#include "interventions/Intervention.h"

#include <vector>

namespace amparo {

class Session;

// Interventions of a case, read and written through the case's visibility.
class InterventionService
{
public:
    explicit InterventionService(Session& session) : m_session(session) {}

    Intervention create(const Intervention& input);
    void update(const Intervention& changed);

    // Throws Error(NotFound) when it does not exist or its case is hidden.
    Intervention get(qint64 interventionId) const;
    // Oldest first.
    std::vector<Intervention> listForCase(qint64 caseId) const;

private:
    Intervention validated(const Intervention& input) const;

    Session& m_session;
};

} // namespace amparo
