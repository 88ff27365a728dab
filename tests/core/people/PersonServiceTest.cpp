#include "people/PersonService.h"

#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "util/Error.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DomainFixture;
using amparo::test::samplePerson;

TEST_CASE("every person gets a stable pseudonym of the form P-year-number")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    PersonService people(*bea);
    const SavedPerson first = people.create(samplePerson());
    const SavedPerson second = people.create(samplePerson(QStringLiteral("Ahmed Mansoor")));
    CHECK(first.pseudonym == QStringLiteral("P-2026-00001"));
    CHECK(second.pseudonym == QStringLiteral("P-2026-00002"));
    Person p = people.get(first.id);
    p.fullName = QStringLiteral("Zainab Al Khawaja");
    people.update(p);
    CHECK(people.get(first.id).pseudonym == first.pseudonym);
    CHECK(people.findByPseudonym(QStringLiteral("p-2026-00002"))->id == second.id);
}

TEST_CASE("possible duplicates are flagged by name and birth year and by phone and e-mail")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    PersonService people(*bea);
    Person original = samplePerson(QStringLiteral("María José Pérez"));
    original.birthYear = 1990;
    original.phone = QStringLiteral("+52 55 1234 5678");
    original.email = QStringLiteral("mj.perez@example.org");
    const SavedPerson first = people.create(original);
    CHECK(first.possibleDuplicates.empty());

    Person sameName = samplePerson(QStringLiteral("perez maria jose"));
    sameName.birthDate = QDate(1990, 6, 2);
    const SavedPerson byName = people.create(sameName);
    REQUIRE(byName.possibleDuplicates.size() == 1);
    CHECK(byName.possibleDuplicates[0].id == first.id);
    CHECK(byName.possibleDuplicates[0].reason.contains(QStringLiteral("name")));

    Person otherYear = samplePerson(QStringLiteral("María José Pérez"));
    otherYear.birthYear = 1971;
    // Same name, another year of birth: not flagged.
    const auto otherYearHits = people.possibleDuplicates(otherYear);
    CHECK(std::none_of(otherYearHits.begin(), otherYearHits.end(),
                       [&](const PossibleDuplicate& d) { return d.id == first.id; }));

    Person samePhone = samplePerson(QStringLiteral("Someone Else"));
    samePhone.phone = QStringLiteral("+52 (55) 1234-5678");
    const auto phoneHits = people.possibleDuplicates(samePhone);
    REQUIRE(phoneHits.size() == 1);
    CHECK(phoneHits[0].reason.contains(QStringLiteral("telephone")));

    Person sameEmail = samplePerson(QStringLiteral("Another Person"));
    sameEmail.email = QStringLiteral("MJ.Perez@Example.org");
    const auto emailHits = people.possibleDuplicates(sameEmail);
    REQUIRE(emailHits.size() == 1);
    CHECK(emailHits[0].reason.contains(QStringLiteral("e-mail")));
}

TEST_CASE("bad person input is refused with the field named")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    PersonService people(*bea);
    auto refused = [&](Person p, const char* expected) {
        INFO("expecting " << expected);
        REQUIRE_THROWS_WITH(people.create(p), Catch::Contains(expected));
    };
    Person p = samplePerson(QString());
    refused(p, "name is required");
    p = samplePerson(QString(10 * 1024 * 1024, QLatin1Char('a')));
    refused(p, "name is too long");
    p = samplePerson();
    p.birthDate = QDate(2027, 1, 1);
    refused(p, "date of birth: 2027-01-01 is in the future");
    p = samplePerson();
    p.birthDate = QDate(1899, 12, 31);
    refused(p, "before 1900");
    p = samplePerson();
    p.birthYear = 1066;
    refused(p, "year of birth 1066");
    p = samplePerson();
    p.nationality = QStringLiteral("QQ");
    refused(p, "nationality");
    p = samplePerson();
    p.email = QStringLiteral("not an address");
    refused(p, "e-mail");
    p = samplePerson();
    p.roles = {QStringLiteral("spy")};
    refused(p, "role");
    p = samplePerson();
    p.roles = {};
    refused(p, "at least one role");
    p = samplePerson(QStringLiteral("Name\u0007Bell"));
    refused(p, "control character");
    CHECK(people.count() == 0);
}

TEST_CASE("a name with HTML is stored literally")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    PersonService people(*bea);
    const QString name = QStringLiteral("<b>Bold</b> & \"Quoted\"");
    CHECK(people.get(people.create(samplePerson(name)).id).fullName == name);
}

TEST_CASE("anonymising a person removes identity but keeps pseudonym and case history")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    PersonService people(*bea);
    CaseService cases(*bea);
    Person p = samplePerson(QStringLiteral("Ilham Tohti Erasable"));
    p.phone = QStringLiteral("+86 10 5555 0100");
    p.email = QStringLiteral("erasable@example.org");
    p.birthDate = QDate(1969, 10, 25);
    p.notes = QStringLiteral("Lives near the old market");
    const SavedPerson saved = people.create(p);
    Person edited = people.get(saved.id);
    edited.notes = QStringLiteral("Moved; new address with the lawyer");
    people.update(edited);
    const Case c = cases.create(test::sampleCase());
    cases.addPerson(c.id, saved.id, QStringLiteral("victim"));

    REQUIRE_THROWS_WITH(people.anonymise(saved.id, QString()),
                        Catch::Contains("reason is required"));
    auto indexHolds = [&](const char* table, const char* word) {
        // Small segments live inline in %_segdir.root, larger ones in %_segments.block.
        const std::string base(table);
        db::Statement statement = bea->database().prepare(
            "SELECT (SELECT count(*) FROM " + base +
            "_segments WHERE instr(block, CAST(?1 AS BLOB)) > 0) + " + "(SELECT count(*) FROM " +
            base + "_segdir WHERE instr(root, CAST(?1 AS BLOB)) > 0)");
        statement.bind(1, QString::fromLatin1(word)).step();
        return statement.int64(0) > 0;
    };
    REQUIRE(indexHolds("person_search", "erasable"));
    REQUIRE(indexHolds("case_search", "erasable"));
    people.anonymise(saved.id, QStringLiteral("Request of the person, 14 March"));

    const Person after = people.get(saved.id);
    CHECK(after.anonymised);
    CHECK(after.pseudonym == saved.pseudonym);
    CHECK(after.fullName == saved.pseudonym);
    CHECK(after.phone.isEmpty());
    CHECK(after.email.isEmpty());
    CHECK(after.notes.isEmpty());
    CHECK_FALSE(after.birthDate.has_value());
    CHECK(cases.people(c.id).size() == 1);
    CHECK(people.search(QStringLiteral("Erasable"), 10).empty());
    CaseFilter byName;
    byName.search = QStringLiteral("Erasable");
    CHECK(cases.count(byName) == 0);
    // Not even in the full-text index's old segments.
    CHECK_FALSE(indexHolds("person_search", "erasable"));
    CHECK_FALSE(indexHolds("case_search", "erasable"));

    // Nothing of the identity survives anywhere in the database, audit trail included.
    db::Statement everything = bea->database().prepare(
        "SELECT count(*) FROM audit_log WHERE details LIKE '%Erasable%' OR details LIKE '%5555%' "
        "OR details LIKE '%market%' OR details LIKE '%1969%' OR details LIKE '%erasable@%'");
    everything.step();
    CHECK(everything.int64(0) == 0);
    REQUIRE_THROWS_WITH(people.update(after), Catch::Contains("anonymised"));
}

TEST_CASE("only caseworkers record people")
{
    DomainFixture f;
    auto dara = f.as(QStringLiteral("dara"));
    REQUIRE_THROWS_WITH(PersonService(*dara).create(samplePerson()),
                        Catch::Contains("not allowed to edit cases"));
}

TEST_CASE("people are found by name prefix and pseudonym in any script")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    PersonService people(*bea);
    people.create(samplePerson(QStringLiteral("Narges Mohammadi")));
    const SavedPerson arabic = people.create(samplePerson(QStringLiteral("إسراء الغمغام")));
    CHECK(people.search(QStringLiteral("narg"), 10).size() == 1);
    CHECK(people.search(QStringLiteral("اسراء"), 10).size() == 1);
    CHECK(people.search(arabic.pseudonym, 10).size() == 1);
}
