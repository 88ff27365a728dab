#pragma once

#include "violations/Violation.h"

#include <vector>

namespace amparo {

class Session;

// Violations of a case. Every read and write goes through the case first, so
// a restricted case the user may not see hides its violations too; writes
// check the permission, validate, write with their audit entry in one
// transaction and announce the change after commit.
class ViolationService
{
public:
    explicit ViolationService(Session& session) : m_session(session) {}

    Violation create(const Violation& input);
    void update(const Violation& changed);
    // Removes the violation and its medical record; refused while files are
    // attached to it, because those are evidence and must be removed on purpose.
    void remove(qint64 violationId);

    // Throws Error(NotFound) when the violation does not exist or its case is hidden.
    Violation get(qint64 violationId) const;
    // The chronology of the case: oldest first, approximate dates among the
    // exact ones, unknown dates last.
    std::vector<Violation> listForCase(qint64 caseId) const;

private:
    Violation validated(const Violation& input) const;

    Session& m_session;
};

} // namespace amparo
