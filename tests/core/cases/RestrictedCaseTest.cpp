#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DomainFixture;
using amparo::test::sampleCase;

namespace {

struct RestrictedFixture
{
    RestrictedFixture()
    {
        auto bea = f.as(QStringLiteral("bea"));
        CaseService cases(*bea);
        Case open = sampleCase(QStringLiteral("Open case about Veracruz"));
        openId = cases.create(open).id;
        Case secret = sampleCase(QStringLiteral("Restricted case about Veracruz"));
        secret.restricted = true;
        const Case created = cases.create(secret);
        restrictedId = created.id;
        restrictedReference = created.reference;
        const SavedPerson witness =
            PersonService(*bea).create(test::samplePerson(QStringLiteral("Testigo Protegido")));
        witnessId = witness.id;
        cases.addPerson(restrictedId, witnessId, QStringLiteral("witness"));
    }

    DomainFixture f;
    qint64 openId = 0;
    qint64 restrictedId = 0;
    QString restrictedReference;
    qint64 witnessId = 0;
};

CaseFilter searchFor(const char* text)
{
    CaseFilter filter;
    filter.search = QString::fromUtf8(text);
    return filter;
}

} // namespace

TEST_CASE("a restricted case is invisible to a caseworker not assigned to it everywhere")
{
    RestrictedFixture r;
    auto carlos = r.f.as(QStringLiteral("carlos"));
    CaseService cases(*carlos);
    CHECK(cases.count({}) == 1);
    const auto rows = cases.list({}, CaseSort::OpenedNewestFirst, 0, 100);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == r.openId);
    CHECK(cases.count(searchFor("veracruz")) == 1);
    CHECK(cases.list(searchFor("restricted"), CaseSort::Reference, 0, 10).empty());
    CHECK(cases.count(searchFor("testigo")) == 0);
    REQUIRE_THROWS_AS(cases.get(r.restrictedId), Error);
    try {
        cases.getByReference(r.restrictedReference);
        FAIL("fetched by reference");
    } catch (const Error& error) {
        // Indistinguishable from a case that does not exist.
        CHECK(error.kind() == ErrorKind::NotFound);
    }
    // Nor can its people be reached through it, or the witness directly.
    REQUIRE_THROWS_AS(cases.people(r.restrictedId), Error);
    REQUIRE_THROWS_AS(PersonService(*carlos).get(r.witnessId), Error);
    CHECK(PersonService(*carlos).search(QStringLiteral("testigo"), 10).empty());
}

TEST_CASE("a hidden person cannot be pulled into a visible case")
{
    RestrictedFixture r;
    auto carlos = r.f.as(QStringLiteral("carlos"));
    CaseService cases(*carlos);
    const Case own = cases.create(sampleCase(QStringLiteral("Carlos's own case")));
    REQUIRE_THROWS_AS(cases.addPerson(own.id, r.witnessId, QStringLiteral("witness")), Error);
    CHECK(cases.people(own.id).empty());
}

TEST_CASE("an external id used by a hidden case is refused without naming that case")
{
    RestrictedFixture r;
    {
        auto bea = r.f.as(QStringLiteral("bea"));
        Case c = CaseService(*bea).get(r.restrictedId);
        c.externalId = QStringLiteral("SHEET-77");
        CaseService(*bea).update(c);
    }
    auto carlos = r.f.as(QStringLiteral("carlos"));
    Case mine = sampleCase();
    mine.externalId = QStringLiteral("SHEET-77");
    try {
        CaseService(*carlos).create(mine);
        FAIL("a duplicate external id was accepted");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Refused);
        CHECK(error.message().contains(QStringLiteral("already used by another case")));
        CHECK_FALSE(error.message().contains(r.restrictedReference));
    }
}

TEST_CASE("a fund manager does not see restricted cases either")
{
    RestrictedFixture r;
    auto dara = r.f.as(QStringLiteral("dara"));
    CHECK(CaseService(*dara).count({}) == 1);
}

TEST_CASE("the assigned caseworker and administrators and auditors see a restricted case")
{
    RestrictedFixture r;
    for (const char* login : {"bea", "ana", "eli"}) {
        INFO(login);
        auto session = r.f.as(QString::fromLatin1(login));
        CaseService cases(*session);
        CHECK(cases.count({}) == 2);
        CHECK(cases.get(r.restrictedId).title == QStringLiteral("Restricted case about Veracruz"));
        CHECK(cases.count(searchFor("testigo")) == 1);
    }
}

TEST_CASE("assigning a caseworker opens a restricted case to them and unassigning closes it")
{
    RestrictedFixture r;
    const qint64 carlosId = r.f.userId(QStringLiteral("carlos"));
    {
        auto bea = r.f.as(QStringLiteral("bea"));
        CaseService(*bea).assign(r.restrictedId, carlosId);
    }
    {
        auto carlos = r.f.as(QStringLiteral("carlos"));
        CHECK(CaseService(*carlos).count({}) == 2);
        CHECK_NOTHROW(PersonService(*carlos).get(r.witnessId));
    }
    {
        auto bea = r.f.as(QStringLiteral("bea"));
        CaseService(*bea).unassign(r.restrictedId, carlosId);
    }
    auto carlos = r.f.as(QStringLiteral("carlos"));
    CHECK(CaseService(*carlos).count({}) == 1);
}

TEST_CASE("cases are only assigned to active caseworkers")
{
    RestrictedFixture r;
    auto bea = r.f.as(QStringLiteral("bea"));
    REQUIRE_THROWS_WITH(
        CaseService(*bea).assign(r.restrictedId, r.f.userId(QStringLiteral("dara"))),
        Catch::Contains("active caseworkers"));
}
