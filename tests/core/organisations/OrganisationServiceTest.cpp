#include "organisations/OrganisationService.h"

#include "DomainFixture.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DomainFixture;

namespace {

Organisation clinic()
{
    Organisation o;
    o.name = QStringLiteral("Centro de Rehabilitación Integral");
    o.kind = QStringLiteral("provider");
    o.country = QStringLiteral("mx");
    o.contact = QStringLiteral("Dra. Elena Ríos, +52 55 5555 0199");
    return o;
}

} // namespace

TEST_CASE("caseworkers record organisations of every kind and everyone who reads cases sees them")
{
    DomainFixture f;
    qint64 id = 0;
    {
        auto bea = f.as(QStringLiteral("bea"));
        OrganisationService organisations(*bea);
        id = organisations.create(clinic());
        Organisation donor;
        donor.name = QStringLiteral("Fondation pour la Dignité");
        donor.kind = QStringLiteral("donor");
        organisations.create(donor);
    }
    auto dara = f.as(QStringLiteral("dara"));
    OrganisationService organisations(*dara);
    const Organisation stored = organisations.get(id);
    CHECK(stored.country == QStringLiteral("MX"));
    CHECK(stored.kind == QStringLiteral("provider"));
    CHECK(organisations.list().size() == 2);
    CHECK(organisations.list(QStringLiteral("donor")).size() == 1);
    CHECK(organisations.findByName(QStringLiteral("centro de rehabilitación integral"))->id == id);
    REQUIRE_THROWS_WITH(organisations.create(clinic()),
                        Catch::Contains("not allowed to edit cases"));
}

TEST_CASE("bad organisation input names the field")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    OrganisationService organisations(*bea);
    Organisation o = clinic();
    o.name.clear();
    REQUIRE_THROWS_WITH(organisations.create(o), Catch::Contains("name is required"));
    o = clinic();
    o.kind = QStringLiteral("cartel");
    REQUIRE_THROWS_WITH(organisations.create(o), Catch::Contains("kind of organisation"));
    o = clinic();
    o.country = QStringLiteral("ZZ");
    REQUIRE_THROWS_WITH(organisations.create(o), Catch::Contains("not a known country code"));
    CHECK(organisations.list().empty());
}

TEST_CASE("organisation edits are audited with before and after")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    OrganisationService organisations(*bea);
    Organisation o = organisations.get(organisations.create(clinic()));
    o.contact = QStringLiteral("Intake desk, +52 55 5555 0100");
    organisations.update(o);
    const auto entries =
        bea->audit().entriesFor(QStringLiteral("organisation"), QString::number(o.id));
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].action == QStringLiteral("organisation.update"));
    REQUIRE(entries[1].changes.size() == 1);
    CHECK(entries[1].changes[0].field == QStringLiteral("contact"));
    CHECK(entries[1].changes[0].after == QStringLiteral("Intake desk, +52 55 5555 0100"));
    REQUIRE_THROWS_AS(organisations.get(99999), Error);
}
