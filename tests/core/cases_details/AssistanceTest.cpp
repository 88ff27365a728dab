#include "DetailsSupport.h"
#include "assistance/AssistanceService.h"
#include "people/PersonService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

Assistance lawyerFees(const OpenedCase& opened)
{
    Assistance a;
    a.caseId = opened.caseId;
    a.personId = opened.victimId;
    a.type = QStringLiteral("legal");
    a.description = QStringLiteral("Lawyer fees for the habeas corpus petition");
    a.requestedOn = QDate(2026, 3, 5);
    return a;
}

} // namespace

TEST_CASE("assistance goes from requested to completed and stamps its dates from the clock")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    AssistanceService assistance(*bea);
    Assistance draft = lawyerFees(opened);
    draft.status = QStringLiteral("completed"); // ignored: everything starts as requested
    const qint64 id = assistance.create(draft).id;
    CHECK(assistance.get(id).status == QStringLiteral("requested"));

    assistance.transition(id, QStringLiteral("approved"), QString());
    fixture.vault.clock.advance(std::chrono::hours(24));
    assistance.transition(id, QStringLiteral("in_progress"), QStringLiteral("Lawyer hired"));
    CHECK(assistance.get(id).startedOn == QDate(2026, 3, 15));
    CHECK_FALSE(assistance.get(id).completedOn.has_value());
    fixture.vault.clock.advance(std::chrono::hours(24 * 3));
    assistance.transition(id, QStringLiteral("completed"), QStringLiteral("Petition filed"));
    const Assistance done = assistance.get(id);
    CHECK(done.status == QStringLiteral("completed"));
    CHECK(done.completedOn == QDate(2026, 3, 18));
    const QString trail = auditText(*bea, QStringLiteral("assistance"), id);
    CHECK(trail.contains(QStringLiteral("status=in_progress->completed")));
    CHECK(trail.contains(QStringLiteral("note=<none>->Petition filed")));
}

TEST_CASE("an illegal assistance transition is refused naming the allowed ones")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    AssistanceService assistance(*bea);
    const qint64 id = assistance.create(lawyerFees(opened)).id;
    REQUIRE_THROWS_WITH(assistance.transition(id, QStringLiteral("completed"), QString()),
                        Catch::Contains("from Requested to Completed") &&
                            Catch::Contains("Approved") && Catch::Contains("Cancelled"));
    REQUIRE_THROWS_WITH(assistance.transition(id, QStringLiteral("paid"), QString()),
                        Catch::Contains("The new status"));
    CHECK(assistance.get(id).status == QStringLiteral("requested"));
    CHECK_FALSE(assistance.get(id).completedOn.has_value());
}

TEST_CASE("completed and cancelled assistance is final")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    AssistanceService assistance(*bea);
    const qint64 cancelled = assistance.create(lawyerFees(opened)).id;
    assistance.transition(cancelled, QStringLiteral("approved"), QString());
    assistance.transition(cancelled, QStringLiteral("cancelled"),
                          QStringLiteral("Family found another lawyer"));
    REQUIRE_THROWS_WITH(assistance.transition(cancelled, QStringLiteral("in_progress"), QString()),
                        Catch::Contains("Cancelled is final"));

    const qint64 completed = assistance.create(lawyerFees(opened)).id;
    for (const char* status : {"approved", "in_progress", "completed"})
        assistance.transition(completed, QString::fromLatin1(status), QString());
    REQUIRE_THROWS_WITH(
        assistance.transition(completed, QStringLiteral("cancelled"), QStringLiteral("oops")),
        Catch::Contains("Completed is final"));
    CHECK(assistance.get(completed).status == QStringLiteral("completed"));
}

TEST_CASE("cancelling assistance needs a note")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    AssistanceService assistance(*bea);
    const qint64 id = assistance.create(lawyerFees(opened)).id;
    REQUIRE_THROWS_WITH(
        assistance.transition(id, QStringLiteral("cancelled"), QStringLiteral("  ")),
        Catch::Contains("The note is required"));
    CHECK(assistance.get(id).status == QStringLiteral("requested"));
}

TEST_CASE("assistance is only for a person of the case")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const auto stranger = PersonService(*bea).create(samplePerson(QStringLiteral("Someone Else")));
    Assistance a = lawyerFees(opened);
    a.personId = stranger.id;
    REQUIRE_THROWS_WITH(AssistanceService(*bea).create(a),
                        Catch::Contains("is not a person of case"));
    a.personId.reset();
    a.description = QStringLiteral(" ");
    REQUIRE_THROWS_WITH(AssistanceService(*bea).create(a),
                        Catch::Contains("The description is required"));
    a = lawyerFees(opened);
    a.requestedOn = QDate(2027, 1, 1);
    REQUIRE_THROWS_WITH(AssistanceService(*bea).create(a),
                        Catch::Contains("The date of the request: 2027-01-01 is in the future"));
    CHECK(AssistanceService(*bea).listForCase(opened.caseId).empty());
}

TEST_CASE("editing assistance never changes its status")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    AssistanceService assistance(*bea);
    Assistance a = assistance.create(lawyerFees(opened));
    a.status = QStringLiteral("completed");
    a.completedOn = QDate(2026, 3, 10);
    a.outcome = QStringLiteral("<i>Released</i>");
    assistance.update(a);
    const Assistance saved = assistance.get(a.id);
    CHECK(saved.status == QStringLiteral("requested"));
    CHECK_FALSE(saved.completedOn.has_value());
    CHECK(saved.outcome == QStringLiteral("<i>Released</i>"));
}
