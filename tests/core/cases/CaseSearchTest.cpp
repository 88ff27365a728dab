#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "people/PersonService.h"
#include "search/SearchText.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DomainFixture;
using amparo::test::sampleCase;

namespace {

qint64 hits(CaseService& cases, const QString& text)
{
    CaseFilter filter;
    filter.search = text;
    return cases.count(filter);
}

} // namespace

TEST_CASE("search is diacritic and case insensitive and works on prefixes as one types")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    PersonService people(*bea);
    const Case c = cases.create(sampleCase(QStringLiteral("Desaparición forzada en Guerrero")));
    const qint64 jose = people.create(test::samplePerson(QStringLiteral("José Ángel Muñoz"))).id;
    cases.addPerson(c.id, jose, QStringLiteral("victim"));

    CHECK(hits(cases, QStringLiteral("jose")) == 1);
    CHECK(hits(cases, QStringLiteral("JOSÉ")) == 1);
    CHECK(hits(cases, QStringLiteral("munoz")) == 1);
    CHECK(hits(cases, QStringLiteral("desapar")) == 1);
    CHECK(hits(cases, QStringLiteral("d")) == 1);
    CHECK(hits(cases, QStringLiteral("guerrero jos")) == 1);
    CHECK(hits(cases, QStringLiteral("guerrero maria")) == 0);
    CHECK(hits(cases, c.reference) == 1);
}

TEST_CASE("Cyrillic and Arabic names are found however they are written")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    PersonService people(*bea);
    const Case c = cases.create(sampleCase(QStringLiteral("Threats against lawyers")));
    cases.addPerson(c.id, people.create(test::samplePerson(QStringLiteral("Юлия Ёлкина"))).id,
                    QStringLiteral("lawyer"));
    cases.addPerson(c.id, people.create(test::samplePerson(QStringLiteral("أحمد المَنصوري"))).id,
                    QStringLiteral("victim"));

    CHECK(hits(cases, QStringLiteral("юлия")) == 1);
    CHECK(hits(cases, QStringLiteral("ЮЛИ")) == 1);
    CHECK(hits(cases, QStringLiteral("елкина")) == 1);   // ё typed as е
    CHECK(hits(cases, QStringLiteral("احمد")) == 1);     // alef without hamza
    CHECK(hits(cases, QStringLiteral("المنصوري")) == 1); // without the fatha
}

TEST_CASE("query syntax typed into the search box is taken literally")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    cases.create(sampleCase(QStringLiteral("Surveillance of journalists")));
    for (const char* text :
         {"\"", "surveillance OR", "NEAR/3", "*", "-journalists", "sur\" OR \"x", "(", "a:b"})
        CHECK_NOTHROW(hits(cases, QString::fromUtf8(text)));
    CHECK(hits(cases, QStringLiteral("surveillance OR")) == 0);
    CHECK(search::matchExpression(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("renaming a person updates the search of their cases")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    PersonService people(*bea);
    const Case c = cases.create(sampleCase(QStringLiteral("Torture in custody")));
    Person p = people.get(people.create(test::samplePerson(QStringLiteral("Nadia Haddad"))).id);
    cases.addPerson(c.id, p.id, QStringLiteral("victim"));
    p.fullName = QStringLiteral("Nadia Khoury");
    people.update(p);
    CHECK(hits(cases, QStringLiteral("haddad")) == 0);
    CHECK(hits(cases, QStringLiteral("khoury")) == 1);
}
