#include "cases/CaseService.h"

#include "DomainFixture.h"
#include "assistance/AssistanceService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "settings/Settings.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DomainFixture;
using amparo::test::sampleCase;

TEST_CASE("case references are sequential and gap-free within a year")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    CHECK(cases.create(sampleCase()).reference == QStringLiteral("AMP-2026-0001"));
    CHECK(cases.create(sampleCase()).reference == QStringLiteral("AMP-2026-0002"));

    // A refused creation does not use up a number.
    Case bad = sampleCase();
    bad.country = QStringLiteral("XX");
    REQUIRE_THROWS_AS(cases.create(bad), Error);
    CHECK(cases.create(sampleCase()).reference == QStringLiteral("AMP-2026-0003"));

    Case older = sampleCase();
    older.openedOn = QDate(2025, 11, 2);
    CHECK(cases.create(older).reference == QStringLiteral("AMP-2025-0001"));
}

TEST_CASE("the reference prefix follows the organisation's setting")
{
    DomainFixture f;
    {
        auto admin = f.as(QStringLiteral("ana"));
        settings::set(*admin, settings::kCaseReferencePrefix, QStringLiteral("OMCT"));
        REQUIRE_THROWS_WITH(
            settings::set(*admin, settings::kCaseReferencePrefix, QStringLiteral("bad prefix!")),
            Catch::Contains("prefix"));
    }
    auto bea = f.as(QStringLiteral("bea"));
    CHECK(CaseService(*bea).create(sampleCase()).reference == QStringLiteral("OMCT-2026-0001"));
}

TEST_CASE("the workflow refuses illegal transitions and names the allowed ones")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    const Case c = cases.create(sampleCase());
    CHECK(c.status == QStringLiteral("intake"));
    try {
        cases.transition(c.id, QStringLiteral("closed"), QStringLiteral("done"));
        FAIL("intake went straight to closed");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Refused);
        CHECK(error.message().contains(QStringLiteral("Assessment")));
        CHECK(error.message().contains(QStringLiteral("Rejected")));
    }
    CHECK(cases.get(c.id).status == QStringLiteral("intake"));
    REQUIRE_THROWS_WITH(cases.transition(c.id, QStringLiteral("assessment"), QStringLiteral("  ")),
                        Catch::Contains("reason is required"));
    REQUIRE_THROWS_WITH(cases.transition(c.id, QStringLiteral("finished"), QStringLiteral("x")),
                        Catch::Contains("not one of"));
}

TEST_CASE("every transition is recorded with who and why and a closed case can be reopened")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    const Case c = cases.create(sampleCase());
    cases.transition(c.id, QStringLiteral("assessment"), QStringLiteral("Documents received"));
    cases.transition(c.id, QStringLiteral("active"), QStringLiteral("Lawyer engaged"));
    cases.transition(c.id, QStringLiteral("closed"), QStringLiteral("Released on 12 March"));
    CHECK(cases.get(c.id).closedOn == QDate(2026, 3, 14));
    cases.transition(c.id, QStringLiteral("active"), QStringLiteral("Re-arrested"));
    CHECK_FALSE(cases.get(c.id).closedOn.has_value());

    const auto history = cases.transitions(c.id);
    REQUIRE(history.size() == 5);
    CHECK(history[0].fromStatus.isEmpty());
    CHECK(history[0].toStatus == QStringLiteral("intake"));
    CHECK(history[3].fromStatus == QStringLiteral("active"));
    CHECK(history[3].toStatus == QStringLiteral("closed"));
    CHECK(history[3].reason == QStringLiteral("Released on 12 March"));
    CHECK(history[4].toStatus == QStringLiteral("active"));
    for (const auto& step : history)
        CHECK(step.userLogin == QStringLiteral("bea"));
}

TEST_CASE("bad case input gets a message naming the field and nothing is written")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    auto refused = [&](Case c, const char* expected) {
        INFO("expecting " << expected);
        REQUIRE_THROWS_WITH(cases.create(c), Catch::Contains(expected));
    };
    Case c = sampleCase(QString());
    refused(c, "title is required");
    c = sampleCase(QString(10 * 1024 * 1024, QLatin1Char('x')));
    refused(c, "title is too long");
    c = sampleCase();
    c.country = QStringLiteral("Narnia");
    refused(c, "not a known country code");
    c = sampleCase();
    c.programme = QStringLiteral("gardening");
    refused(c, "programme");
    c = sampleCase();
    c.incidentOn = QDate(1066, 10, 14);
    refused(c, "before 1900");
    c = sampleCase();
    c.incidentOn = QDate(2030, 1, 1);
    refused(c, "in the future");
    c = sampleCase();
    c.incidentOn = QDate(2026, 2, 1);
    c.reportedOn = QDate(2026, 1, 1);
    refused(c, "before the incident date");
    c = sampleCase(QStringLiteral("Title with \u202Eevil override"));
    refused(c, "control character");
    CHECK(cases.count({}) == 0);
}

TEST_CASE("HTML and SQL in a title are stored and shown literally")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    const QString hostile = QStringLiteral("<script>alert(1)</script> '); DROP TABLE cases; --");
    const Case c = cases.create(sampleCase(hostile));
    CHECK(cases.get(c.id).title == hostile);
    CHECK(cases.count({}) == 1);
}

TEST_CASE("only caseworkers create cases")
{
    DomainFixture f;
    for (const char* login : {"dara", "eli", "ana"}) {
        auto session = f.as(QString::fromLatin1(login));
        INFO(login);
        REQUIRE_THROWS_WITH(CaseService(*session).create(sampleCase()),
                            Catch::Contains("not allowed to edit cases"));
    }
}

TEST_CASE("case creation and edits are audited field by field")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    Case c = cases.create(sampleCase());
    c.priority = QStringLiteral("critical");
    cases.update(c);
    const auto entries = bea->audit().entriesFor(QStringLiteral("case"), QString::number(c.id));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].action == QStringLiteral("case.create"));
    CHECK(entries[1].action == QStringLiteral("case.update"));
    REQUIRE(entries[1].changes.size() == 1);
    CHECK(entries[1].changes[0].field == QStringLiteral("priority"));
    CHECK(entries[1].changes[0].before == QStringLiteral("high"));
    CHECK(entries[1].changes[0].after == QStringLiteral("critical"));
}

TEST_CASE("change notifications arrive after commit and not for refused changes")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    std::vector<ChangeEvent> events;
    bea->changes().subscribe([&](const ChangeEvent& event) { events.push_back(event); });
    CaseService cases(*bea);
    const Case c = cases.create(sampleCase());
    REQUIRE(events.size() == 1);
    CHECK(events[0].entityType == QStringLiteral("case"));
    CHECK(events[0].entityId == c.id);
    CHECK(events[0].kind == ChangeEvent::Kind::Created);
    REQUIRE_THROWS_AS(cases.transition(c.id, QStringLiteral("closed"), QStringLiteral("x")), Error);
    CHECK(events.size() == 1);
}

TEST_CASE("lists are filtered sorted and paged by the database")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    for (int i = 1; i <= 30; ++i) {
        Case c = sampleCase(QStringLiteral("Case number %1").arg(i));
        c.openedOn = QDate(2026, 1, 1).addDays(i);
        c.country = i % 3 == 0 ? QStringLiteral("MX") : QStringLiteral("PH");
        cases.create(c);
    }
    const auto page = cases.list({}, CaseSort::OpenedNewestFirst, 0, 10);
    REQUIRE(page.size() == 10);
    CHECK(page.front().title == QStringLiteral("Case number 30"));
    const auto next = cases.list({}, CaseSort::OpenedNewestFirst, 10, 10);
    CHECK(next.front().title == QStringLiteral("Case number 20"));
    CaseFilter mexico;
    mexico.country = QStringLiteral("mx");
    CHECK(cases.count(mexico) == 10);
    CaseFilter intake;
    intake.statuses = {QStringLiteral("intake")};
    intake.country = QStringLiteral("MX");
    CHECK(cases.list(intake, CaseSort::OpenedOldestFirst, 0, 100).front().title ==
          QStringLiteral("Case number 3"));
}

TEST_CASE("cases can be listed by the type of assistance they receive (the dashboard's bars)")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    const qint64 helped = cases.create(sampleCase(QStringLiteral("Relocated defender"))).id;
    cases.create(sampleCase(QStringLiteral("No assistance yet")));
    Assistance line;
    line.caseId = helped;
    line.type = QStringLiteral("relocation");
    line.description = QStringLiteral("Temporary relocation");
    line.requestedOn = QDate(2026, 3, 1);
    AssistanceService(*bea).create(line);
    line.description = QStringLiteral("Second relocation");
    AssistanceService(*bea).create(line);
    CaseFilter relocation;
    relocation.assistanceType = QStringLiteral("relocation");
    CHECK(cases.count(relocation) == 1); // one case, however many lines
    const auto listed = cases.list(relocation, CaseSort::OpenedNewestFirst, 0, 10);
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().title == QStringLiteral("Relocated defender"));
    relocation.assistanceType = QStringLiteral("medical");
    CHECK(cases.count(relocation) == 0);
}
