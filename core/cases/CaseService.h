#pragma once

#include "cases/Case.h"
#include "cases/CaseFilter.h"

#include <QString>
#include <optional>
#include <vector>

namespace amparo {

class Session;

// Cases: creation with a gap-free reference, edits, the workflow, assignment
// and the people involved. Every read respects need-to-know: a restricted
// case the user may not see is reported as not existing.
class CaseService
{
public:
    explicit CaseService(Session& session) : m_session(session) {}

    Case create(const Case& input);
    void update(const Case& changed);
    void transition(qint64 caseId, const QString& toStatus, const QString& reason);
    // For imports of cases that already have a history elsewhere: gives a case
    // that has only its opening transition the status `status`, recording one
    // transition with the reason "Imported" and its audit entry. The workflow
    // rules do not apply (the case's history happened outside the vault).
    void setImportedStatus(qint64 caseId, const QString& status);
    void assign(qint64 caseId, qint64 userId);
    void unassign(qint64 caseId, qint64 userId);
    void addPerson(qint64 caseId, qint64 personId, const QString& role,
                   const QString& perpetratorType = {});
    void removePerson(qint64 caseId, qint64 personId, const QString& role);

    Case get(qint64 caseId) const;
    Case getByReference(const QString& reference) const;
    std::optional<Case> findByExternalId(const QString& externalId) const;
    std::vector<CaseRow> list(const CaseFilter& filter, CaseSort sort, int offset, int limit) const;
    qint64 count(const CaseFilter& filter) const;
    std::vector<CaseTransition> transitions(qint64 caseId) const;
    std::vector<CasePerson> people(qint64 caseId) const;

    // What create/update would refuse in `input`, as their message, or
    // nothing: for editors that check fields as they are typed. Writes nothing.
    std::optional<QString> problemWith(const Case& input) const;

private:
    Case validated(const Case& input) const;
    QString newReference(const QDate& openedOn);
    void requireCaseworker(qint64 userId) const;
    void requireUnusedExternalId(const QString& externalId, qint64 exceptCaseId) const;
    void touch(qint64 caseId);

    Session& m_session;
};

} // namespace amparo
