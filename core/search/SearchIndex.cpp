#include "search/SearchIndex.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "search/SearchText.h"

#include <QStringList>
#include <vector>

namespace amparo {
namespace search {

void SearchIndex::reindexCase(qint64 caseId)
{
    db::Statement caseRow =
        m_db.prepare("SELECT c.reference, c.title, c.narrative, ifnull(o.name, '') FROM cases c "
                     "LEFT JOIN organisations o ON o.id = c.referring_org_id WHERE c.id = ?1");
    caseRow.bind(1, caseId);
    m_db.prepare("DELETE FROM case_search WHERE docid = ?1").bind(1, caseId).run();
    if (!caseRow.step())
        return;

    QStringList people;
    db::Statement peopleRows = m_db.prepare(
        "SELECT p.pseudonym, CASE WHEN p.anonymised_at IS NULL THEN p.full_name ELSE '' END "
        "FROM case_people cp JOIN people p ON p.id = cp.person_id WHERE cp.case_id = ?1");
    peopleRows.bind(1, caseId);
    while (peopleRows.step())
        people << peopleRows.text(0) << peopleRows.text(1);

    m_db.prepare(
            "INSERT INTO case_search (docid, reference, title, narrative, people, organisations) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, caseId)
        .bind(2, normalize(caseRow.text(0)))
        .bind(3, normalize(caseRow.text(1)))
        .bind(4, normalize(caseRow.text(2)))
        .bind(5, normalize(people.join(QLatin1Char(' '))))
        .bind(6, normalize(caseRow.text(3)))
        .run();
}

void SearchIndex::purgeDeletedTerms()
{
    m_db.execute("INSERT INTO case_search (case_search) VALUES ('optimize')");
    m_db.execute("INSERT INTO person_search (person_search) VALUES ('optimize')");
}

void SearchIndex::reindexPerson(qint64 personId)
{
    db::Statement person = m_db.prepare("SELECT pseudonym, CASE WHEN anonymised_at IS NULL THEN "
                                        "full_name ELSE '' END FROM people WHERE id = ?1");
    person.bind(1, personId);
    m_db.prepare("DELETE FROM person_search WHERE docid = ?1").bind(1, personId).run();
    if (person.step()) {
        m_db.prepare("INSERT INTO person_search (docid, names) VALUES (?1, ?2)")
            .bind(1, personId)
            .bind(2, normalize(person.text(0) + QLatin1Char(' ') + person.text(1)))
            .run();
    }
    std::vector<qint64> cases;
    db::Statement caseIds =
        m_db.prepare("SELECT DISTINCT case_id FROM case_people WHERE person_id = ?1");
    caseIds.bind(1, personId);
    while (caseIds.step())
        cases.push_back(caseIds.int64(0));
    for (const qint64 caseId : cases)
        reindexCase(caseId);
}

} // namespace search
} // namespace amparo
