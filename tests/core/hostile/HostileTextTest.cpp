// Issue 10: hostile text in every free-text field, through create and search.

#include "FreeTextFields.h"
#include "HostileSupport.h"
#include "HostileValues.h"
#include "people/PersonService.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

TEST_CASE("every free-text field stores hostile text exactly or refuses it naming the field")
{
    HostileWorld world;
    Session& bea = world.as("bea");
    for (const FreeTextField& field : freeTextFields()) {
        for (const HostileValue& value : hostileValues()) {
            INFO(field.name << " given " << value.name);
            const qint64 prepared = field.prepare(world);
            const qint64 rowsBefore = rowCount(bea, field.table);
            const qint64 auditBefore = rowCount(bea, "audit_log");
            QString readBack;
            const std::optional<Error> error =
                errorOf([&] { readBack = field.storeAndReadBack(world, prepared, value.text); });
            if (value.in(field.multiLine) == Outcome::Stored) {
                CHECK_FALSE(error);
                CHECK((readBack == value.text));
                continue;
            }
            REQUIRE(error);
            CHECK(error->kind() == ErrorKind::Invalid);
            CHECK(error->message().startsWith(QString::fromUtf8(field.label)));
            CHECK(error->message().contains(QString::fromLatin1(value.refusal)));
            // Nothing half-written: no row, no audit entry.
            CHECK(rowCount(bea, field.table) == rowsBefore);
            CHECK(rowCount(bea, "audit_log") == auditBefore);
        }
    }
}

TEST_CASE("search finds cases and people by the words of hostile text")
{
    HostileWorld world;
    CaseService cases(world.as("bea"));
    PersonService people(world.as("bea"));
    for (const HostileValue& value : valuesStoredEverywhere()) {
        INFO(value.name);
        Case input = sampleCase(value.text);
        input.narrative = value.text;
        const qint64 caseId = cases.create(input).id;
        const qint64 personId = people.create(samplePerson(value.text)).id;

        CaseFilter filter;
        filter.search = value.text;
        const std::vector<CaseRow> found = cases.list(filter, CaseSort::Reference, 0, 100);
        CHECK(std::any_of(found.begin(), found.end(),
                          [&](const CaseRow& row) { return row.id == caseId; }));
        const std::vector<Person> named = people.search(value.text, 100);
        CHECK(std::any_of(named.begin(), named.end(),
                          [&](const Person& person) { return person.id == personId; }));
    }
}

TEST_CASE("hostile text typed into the search box is searched for, never run")
{
    HostileWorld world;
    CaseService cases(world.as("bea"));
    PersonService people(world.as("bea"));
    for (const HostileValue& value : hostileValues()) {
        INFO(value.name);
        CaseFilter filter;
        filter.search = value.text;
        // Nothing matches, and the tables the SQL names are still there.
        CHECK(cases.list(filter, CaseSort::Reference, 0, 100).empty());
        CHECK(people.search(value.text, 100).empty());
        CHECK(cases.get(world.caseId).id == world.caseId);
    }
}
