#include "DetailsSupport.h"
#include "interventions/InterventionService.h"
#include "organisations/OrganisationService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

Intervention appeal(qint64 caseId, const QDate& sentOn)
{
    Intervention i;
    i.caseId = caseId;
    i.kind = QStringLiteral("urgent_appeal");
    i.sentOn = sentOn;
    i.addressee = QStringLiteral("Secretary of Justice");
    i.reference = QStringLiteral("UA PHL 001/0325/OBS 021");
    return i;
}

} // namespace

TEST_CASE("interventions of a case are listed oldest first and audited with their values")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    InterventionService interventions(*bea);
    Intervention followUp = appeal(opened.caseId, QDate(2026, 3, 10));
    followUp.kind = QStringLiteral("urgent_appeal_follow_up");
    const qint64 later = interventions.create(followUp).id;
    const qint64 first = interventions.create(appeal(opened.caseId, QDate(2026, 3, 2))).id;
    const auto listed = interventions.listForCase(opened.caseId);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == first);
    CHECK(listed[1].id == later);
    CHECK(auditText(*bea, QStringLiteral("intervention"), first)
              .contains(QStringLiteral("reference=<none>->UA PHL 001/0325/OBS 021")));
}

TEST_CASE("a response dated before the intervention was sent is refused")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    InterventionService interventions(*bea);
    Intervention i = interventions.create(appeal(opened.caseId, QDate(2026, 3, 2)));
    i.responseOn = QDate(2026, 3, 1);
    i.response = QStringLiteral("The detainee was released.");
    REQUIRE_THROWS_WITH(
        interventions.update(i),
        Catch::Contains("The date of the response (2026-03-01) is before the date it was sent"));
    CHECK_FALSE(interventions.get(i.id).responseOn.has_value());
    CHECK(interventions.get(i.id).response.isEmpty());
    i.responseOn = QDate(2026, 3, 12);
    interventions.update(i);
    CHECK(interventions.get(i.id).responseOn == QDate(2026, 3, 12));
}

TEST_CASE("an intervention needs a known kind and a sending date")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    InterventionService interventions(*bea);
    Intervention i = appeal(opened.caseId, QDate(2026, 3, 2));
    i.kind = QStringLiteral("tweet");
    REQUIRE_THROWS_WITH(interventions.create(i), Catch::Contains("The kind of intervention") &&
                                                     Catch::Contains("urgent_appeal"));
    i = appeal(opened.caseId, QDate());
    REQUIRE_THROWS_WITH(interventions.create(i),
                        Catch::Contains("The date it was sent is required"));
    i = appeal(opened.caseId, QDate(1066, 1, 1));
    REQUIRE_THROWS_WITH(interventions.create(i),
                        Catch::Contains("The date it was sent: 1066-01-01 is before 1900"));
    CHECK(interventions.listForCase(opened.caseId).empty());
}

TEST_CASE(
    "an intervention addressed to an organisation takes its name when no addressee is written")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    Organisation un;
    un.name = QStringLiteral("UN Special Rapporteur on torture");
    un.kind = QStringLiteral("mechanism");
    const qint64 orgId = OrganisationService(*bea).create(un);
    Intervention i = appeal(opened.caseId, QDate(2026, 3, 2));
    i.kind = QStringLiteral("un_special_procedure");
    i.addressee.clear();
    i.addresseeOrgId = orgId;
    const Intervention saved = InterventionService(*bea).create(i);
    CHECK(saved.addressee == un.name);
    i.addresseeOrgId.reset();
    REQUIRE_THROWS_WITH(InterventionService(*bea).create(i),
                        Catch::Contains("The addressee is required"));
    i.addresseeOrgId = 9999;
    REQUIRE_THROWS_WITH(InterventionService(*bea).create(i),
                        Catch::Contains("organisation does not exist"));
}
