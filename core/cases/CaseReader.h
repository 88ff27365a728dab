#pragma once

#include "cases/Case.h"
#include "cases/CaseFilter.h"

#include <optional>
#include <string>
#include <vector>

namespace amparo {

class Session;

// The read side of cases: every query carries the visibility condition, so
// a restricted case the user may not see never appears — not in a list, not
// in a count, not in a search, not by id. No permission checks here (the
// service does them); this is also what exports and reports read through.
class CaseReader
{
public:
    explicit CaseReader(Session& session) : m_session(session) {}

    std::optional<Case> byId(qint64 caseId) const;
    std::optional<Case> byReference(const QString& reference) const;
    std::optional<Case> byExternalId(const QString& externalId) const;
    std::vector<CaseRow> rows(const CaseFilter& filter, CaseSort sort, int offset, int limit) const;
    qint64 count(const CaseFilter& filter) const;
    std::vector<CaseTransition> transitions(qint64 caseId) const;
    std::vector<CasePerson> people(qint64 caseId) const;

private:
    std::optional<Case> one(const char* condition, const QString& value) const;

    Session& m_session;
};

} // namespace amparo
