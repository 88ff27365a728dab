#pragma once

#include "organisations/Organisation.h"

#include <optional>
#include <vector>

namespace amparo {

class Session;

// Organisations are not sensitive in themselves; any user who reads cases
// reads them, caseworkers and administrators maintain them.
class OrganisationService
{
public:
    explicit OrganisationService(Session& session) : m_session(session) {}

    qint64 create(const Organisation& input);
    void update(const Organisation& organisation);
    Organisation get(qint64 id) const;
    std::optional<Organisation> findByName(const QString& name) const;
    // Sorted by name; `kind` empty for all kinds.
    std::vector<Organisation> list(const QString& kind = {}) const;

private:
    Organisation validated(const Organisation& input) const;
    void requireEditor() const;

    Session& m_session;
};

} // namespace amparo
