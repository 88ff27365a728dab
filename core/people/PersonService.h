#pragma once

#include "people/Person.h"

#include <QString>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace amparo {

class Session;
namespace db {
class Statement;
}

struct SavedPerson
{
    qint64 id = 0;
    QString pseudonym;
    // Flagged, not refused: the caseworker decides whether it is the same person.
    std::vector<PossibleDuplicate> possibleDuplicates;
};

// People: create, update, read, find possible duplicates, anonymise. Each
// write checks the permission, validates, writes with its audit entry in one
// transaction and announces the change after commit. Sensitive fields (name,
// birth date, contact details, notes) are audited as "changed" without their
// values, so that anonymisation really removes them.
class PersonService
{
public:
    explicit PersonService(Session& session) : m_session(session) {}

    SavedPerson create(const Person& input);
    void update(const Person& person);
    // Replaces identity fields; keeps the pseudonym, case links and money records.
    void anonymise(qint64 personId, const QString& reason);

    // Throws Error(NotFound) when the person does not exist or is hidden.
    Person get(qint64 personId) const;
    std::optional<Person> findByExternalId(const QString& externalId) const;
    std::optional<Person> findByPseudonym(const QString& pseudonym) const;
    std::vector<PossibleDuplicate> possibleDuplicates(const Person& input) const;
    // Prefix search over names and pseudonyms, newest first.
    std::vector<Person> search(const QString& text, int limit) const;
    std::vector<Person> list(int offset, int limit) const;
    qint64 count() const;

private:
    Person validated(const Person& input) const;
    void requireUnusedExternalId(const QString& externalId, qint64 exceptPersonId) const;
    std::vector<Person> query(const std::string& where,
                              const std::function<void(db::Statement&)>& bind,
                              const std::string& tail) const;

    Session& m_session;
};

// Words of a name, normalised and sorted, so "Al-Khawaja Zainab" and
// "zainab al khawaja" compare equal.
QString personNameKey(const QString& fullName);
QString phoneKey(const QString& phone);

} // namespace amparo
