#include "Operations.h"
#include "cases/CaseFilter.h"
#include "cases/CaseHistory.h"
#include "cases/CaseService.h"
#include "people/ConsentService.h"
#include "people/PersonService.h"
#include "vault/Session.h"

namespace amparo {
namespace test {

namespace {

Session& bea(Setup& s)
{
    return s.world.as(QStringLiteral("bea"));
}

Consent consentOf(qint64 personId)
{
    Consent c;
    c.personId = personId;
    c.purpose = QStringLiteral("urgent_appeal");
    c.status = QStringLiteral("given");
    c.decidedOn = QDate(2026, 3, 1);
    c.method = QStringLiteral("Signed form, witnessed by the lawyer");
    return c;
}

// A reading act on the world's case, its victim or its reference.
Operation reading(const char* name, std::function<void(Session&, MatrixWorld&)> read)
{
    return {QString::fromLatin1(name), [read](Setup& s) -> Act {
                return [&actor = s.actor, &world = s.world, read] {
                    read(actor, world);
                };
            }};
}

std::vector<Operation> peopleOperations()
{
    return {
        {QStringLiteral("PersonService::create"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 PersonService(actor).create(samplePerson());
             };
         }},
        {QStringLiteral("PersonService::update"),
         [](Setup& s) -> Act {
             const qint64 id = s.world.newPerson(bea(s), s.world.caseId);
             Person p = PersonService(bea(s)).get(id);
             p.notes = QStringLiteral("Moved to a safe house");
             return [&actor = s.actor, p] {
                 PersonService(actor).update(p);
             };
         }},
        {QStringLiteral("PersonService::anonymise"),
         [](Setup& s) -> Act {
             const qint64 id = s.world.newPerson(bea(s), s.world.caseId);
             return [&actor = s.actor, id] {
                 PersonService(actor).anonymise(id, QStringLiteral("Asked to be forgotten"));
             };
         }},
        reading("PersonService::get",
                [](Session& a, MatrixWorld& w) { PersonService(a).get(w.victimId); }),
        {QStringLiteral("PersonService::get (a person of a restricted case)"),
         [](Setup& s) -> Act {
             const qint64 caseId = s.world.restrictedCase(s.actor, s.actorEntitled);
             const qint64 id = s.world.newPerson(s.world.as(QStringLiteral("carlos")), caseId);
             return [&actor = s.actor, id] {
                 PersonService(actor).get(id);
             };
         }},
        reading("PersonService::findByExternalId",
                [](Session& a, MatrixWorld&) {
                    PersonService(a).findByExternalId(QStringLiteral("row-7"));
                }),
        reading("PersonService::findByPseudonym",
                [](Session& a, MatrixWorld&) {
                    PersonService(a).findByPseudonym(QStringLiteral("P-2026-0001"));
                }),
        reading(
            "PersonService::possibleDuplicates",
            [](Session& a, MatrixWorld&) { PersonService(a).possibleDuplicates(samplePerson()); }),
        reading(
            "PersonService::search",
            [](Session& a, MatrixWorld&) { PersonService(a).search(QStringLiteral("zai"), 10); }),
        reading("PersonService::list",
                [](Session& a, MatrixWorld&) { PersonService(a).list(0, 10); }),
        reading("PersonService::count", [](Session& a, MatrixWorld&) { PersonService(a).count(); }),
        {QStringLiteral("ConsentService::record"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.victimId] {
                 ConsentService(actor).record(consentOf(id));
             };
         }},
        reading("ConsentService::history",
                [](Session& a, MatrixWorld& w) { ConsentService(a).history(w.victimId); }),
        reading("ConsentService::decisionOn",
                [](Session& a, MatrixWorld& w) {
                    ConsentService(a).decisionOn(w.victimId, QStringLiteral("urgent_appeal"),
                                                 QDate(2026, 3, 10));
                }),
        reading("ConsentService::mayUse",
                [](Session& a, MatrixWorld& w) {
                    ConsentService(a).mayUse(w.victimId, QStringLiteral("urgent_appeal"),
                                             QDate(2026, 3, 10));
                }),
    };
}

std::vector<Operation> caseServiceOperations()
{
    return {
        {QStringLiteral("CaseService::create"),
         [](Setup& s) -> Act {
             return [&actor = s.actor] {
                 CaseService(actor).create(sampleCase());
             };
         }},
        {QStringLiteral("CaseService::update"),
         [](Setup& s) -> Act {
             Case c = CaseService(bea(s)).get(s.world.newCase(bea(s)));
             c.priority = QStringLiteral("low");
             return [&actor = s.actor, c] {
                 CaseService(actor).update(c);
             };
         }},
        {QStringLiteral("CaseService::update (a restricted case)"),
         [](Setup& s) -> Act {
             const qint64 id = s.world.restrictedCase(s.actor, s.actorEntitled);
             Case c = CaseService(s.world.as(QStringLiteral("carlos"))).get(id);
             c.priority = QStringLiteral("low");
             return [&actor = s.actor, c] {
                 CaseService(actor).update(c);
             };
         }},
        {QStringLiteral("CaseService::transition"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.newCase(bea(s))] {
                 CaseService(actor).transition(id, QStringLiteral("assessment"),
                                               QStringLiteral("Documents received"));
             };
         }},
        {QStringLiteral("CaseService::setImportedStatus"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.newCase(bea(s))] {
                 CaseService(actor).setImportedStatus(id, QStringLiteral("active"));
             };
         }},
        {QStringLiteral("CaseService::assign"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.newCase(bea(s)),
                     carlos = s.world.idOf(QStringLiteral("carlos"))] {
                 CaseService(actor).assign(id, carlos);
             };
         }},
        {QStringLiteral("CaseService::unassign"),
         [](Setup& s) -> Act {
             const qint64 id = s.world.newCase(bea(s));
             const qint64 carlos = s.world.idOf(QStringLiteral("carlos"));
             CaseService(bea(s)).assign(id, carlos);
             return [&actor = s.actor, id, carlos] {
                 CaseService(actor).unassign(id, carlos);
             };
         }},
        {QStringLiteral("CaseService::addPerson"),
         [](Setup& s) -> Act {
             const qint64 person = PersonService(bea(s)).create(samplePerson()).id;
             return [&actor = s.actor, id = s.world.caseId, person] {
                 CaseService(actor).addPerson(id, person, QStringLiteral("witness"));
             };
         }},
        {QStringLiteral("CaseService::removePerson"),
         [](Setup& s) -> Act {
             const qint64 id = s.world.newCase(bea(s));
             const qint64 person = s.world.newPerson(bea(s), id);
             return [&actor = s.actor, id, person] {
                 CaseService(actor).removePerson(id, person, QStringLiteral("victim"));
             };
         }},
        reading("CaseService::get",
                [](Session& a, MatrixWorld& w) { CaseService(a).get(w.caseId); }),
        {QStringLiteral("CaseService::get (a restricted case)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.restrictedCase(s.actor, s.actorEntitled)] {
                 CaseService(actor).get(id);
             };
         }},
        reading("CaseService::getByReference",
                [](Session& a, MatrixWorld& w) {
                    const QString reference =
                        CaseService(w.as(QStringLiteral("bea"))).get(w.caseId).reference;
                    CaseService(a).getByReference(reference);
                }),
        reading("CaseService::findByExternalId",
                [](Session& a, MatrixWorld&) {
                    CaseService(a).findByExternalId(QStringLiteral("row-7"));
                }),
        reading("CaseService::list",
                [](Session& a, MatrixWorld&) {
                    CaseService(a).list(CaseFilter(), CaseSort::OpenedNewestFirst, 0, 10);
                }),
        reading("CaseService::count",
                [](Session& a, MatrixWorld&) { CaseService(a).count(CaseFilter()); }),
        reading("CaseService::transitions",
                [](Session& a, MatrixWorld& w) { CaseService(a).transitions(w.caseId); }),
        reading("CaseService::people",
                [](Session& a, MatrixWorld& w) { CaseService(a).people(w.caseId); }),
        reading("caseHistory", [](Session& a, MatrixWorld& w) { caseHistory(a, w.caseId); }),
        {QStringLiteral("caseHistory (a restricted case)"),
         [](Setup& s) -> Act {
             return [&actor = s.actor, id = s.world.restrictedCase(s.actor, s.actorEntitled)] {
                 caseHistory(actor, id);
             };
         }},
    };
}

} // namespace

std::vector<Operation> caseOperations()
{
    std::vector<Operation> all = peopleOperations();
    for (Operation& o : caseServiceOperations())
        all.push_back(std::move(o));
    return all;
}

} // namespace test
} // namespace amparo
