#include "DetailsSupport.h"
#include "attachments/AttachmentService.h"
#include "people/PersonService.h"
#include "tasks/TaskService.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

TEST_CASE("violations of a case are listed as a chronology")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    ViolationService violations(*bea);
    const qint64 exact =
        violations.create(violation(opened.caseId, "torture", QDate(2025, 7, 19))).id;
    const qint64 undated =
        violations.create(violation(opened.caseId, "threats", std::nullopt, "unknown")).id;
    const qint64 yearOnly =
        violations.create(violation(opened.caseId, "surveillance", QDate(2024, 5, 5), "year")).id;
    const qint64 monthOnly =
        violations
            .create(violation(opened.caseId, "arbitrary_detention", QDate(2025, 7, 25), "month"))
            .id;

    std::vector<qint64> order;
    for (const Violation& v : violations.listForCase(opened.caseId))
        order.push_back(v.id);
    CHECK(order == std::vector<qint64>{yearOnly, monthOnly, exact, undated});
}

TEST_CASE("an approximate violation date keeps its precision and the start of its period")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    ViolationService violations(*bea);
    const Violation month = violations.get(
        violations
            .create(violation(opened.caseId, "arbitrary_detention", QDate(2025, 7, 25), "month"))
            .id);
    CHECK(month.datePrecision == QStringLiteral("month"));
    CHECK(month.occurredOn == QDate(2025, 7, 1));
    const Violation year = violations.get(
        violations.create(violation(opened.caseId, "surveillance", QDate(2024, 5, 5), "year")).id);
    CHECK(year.datePrecision == QStringLiteral("year"));
    CHECK(year.occurredOn == QDate(2024, 1, 1));
    const Violation undated =
        violations.get(violations.create(violation(opened.caseId, "threats", std::nullopt, "")).id);
    CHECK(undated.datePrecision == QStringLiteral("unknown"));
    CHECK_FALSE(undated.occurredOn.has_value());
}

TEST_CASE("a violation date must agree with its precision")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    ViolationService violations(*bea);
    REQUIRE_THROWS_WITH(
        violations.create(violation(opened.caseId, "torture", QDate(2025, 1, 2), "unknown")),
        Catch::Contains("precision is \"unknown\""));
    REQUIRE_THROWS_WITH(
        violations.create(violation(opened.caseId, "torture", std::nullopt, "month")),
        Catch::Contains("The date of the violation is required"));
    REQUIRE_THROWS_WITH(
        violations.create(violation(opened.caseId, "torture", QDate(2025, 1, 2), "week")),
        Catch::Contains("The precision of the date"));
    CHECK(violations.listForCase(opened.caseId).empty());
}

TEST_CASE("a violation dated in 1066 or in the future is refused naming the date")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    ViolationService violations(*bea);
    REQUIRE_THROWS_WITH(violations.create(violation(opened.caseId, "torture", QDate(1066, 10, 14))),
                        Catch::Contains("The date of the violation: 1066-10-14 is before 1900"));
    REQUIRE_THROWS_WITH(violations.create(violation(opened.caseId, "torture", QDate(2026, 6, 1))),
                        Catch::Contains("The date of the violation: 2026-06-01 is in the future"));
    REQUIRE_THROWS_WITH(violations.create(violation(opened.caseId, "beating", QDate(2025, 6, 1))),
                        Catch::Contains("The type of violation") && Catch::Contains("torture"));
    CHECK(violations.listForCase(opened.caseId).empty());
}

TEST_CASE("the victim of a violation must be a person of the case")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const auto stranger = PersonService(*bea).create(samplePerson(QStringLiteral("Someone Else")));
    Violation v = violation(opened.caseId, "torture", QDate(2025, 7, 19));
    v.victimId = stranger.id;
    REQUIRE_THROWS_WITH(ViolationService(*bea).create(v),
                        Catch::Contains(stranger.pseudonym.toStdString()) &&
                            Catch::Contains("add them"));
    v.victimId = opened.victimId;
    CHECK(ViolationService(*bea).create(v).victimId == opened.victimId);
}

TEST_CASE("html in a violation is stored literally")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    Violation v = violation(opened.caseId, "physical_attack", QDate(2025, 7, 19));
    v.perpetrators = QStringLiteral("<b>Unit 7</b> & <script>alert(1)</script>");
    const qint64 id = ViolationService(*bea).create(v).id;
    CHECK(ViolationService(*bea).get(id).perpetrators == v.perpetrators);
}

TEST_CASE("a violation of a restricted case is invisible to a caseworker not assigned to it")
{
    DomainFixture fixture;
    qint64 caseId = 0;
    qint64 id = 0;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        caseId = openCaseWithVictim(*bea, true).caseId;
        id = ViolationService(*bea).create(violation(caseId, "torture", QDate(2025, 7, 1))).id;
        MedicalRecordService(*bea).set(examination(id));
    }
    auto carlos = fixture.as(QStringLiteral("carlos"));
    CHECK(errorKindOf([&] { ViolationService(*carlos).get(id); }) == ErrorKind::NotFound);
    CHECK(errorKindOf([&] { ViolationService(*carlos).listForCase(caseId); }) ==
          ErrorKind::NotFound);
    CHECK(errorKindOf([&] { MedicalRecordService(*carlos).get(id); }) == ErrorKind::NotFound);
    CHECK(errorKindOf([&] {
              ViolationService(*carlos).create(violation(caseId, "threats", QDate(2025, 7, 1)));
          }) == ErrorKind::NotFound);
    auto eli = fixture.as(QStringLiteral("eli"));
    CHECK(ViolationService(*eli).listForCase(caseId).size() == 1);
}

TEST_CASE("an auditor cannot record a violation")
{
    DomainFixture fixture;
    qint64 caseId = 0;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        caseId = openCaseWithVictim(*bea).caseId;
    }
    auto eli = fixture.as(QStringLiteral("eli"));
    REQUIRE_THROWS_WITH(
        ViolationService(*eli).create(violation(caseId, "torture", QDate(2025, 7, 1))),
        Catch::Contains("not allowed to edit cases"));
}

TEST_CASE("removing a violation takes its medical record but not its attached files or tasks")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    ViolationService violations(*bea);
    const qint64 id = violations.create(violation(opened.caseId, "torture", QDate(2025, 7, 1))).id;
    MedicalRecordService(*bea).set(examination(id));
    const Attachment photo =
        AttachmentService(*bea).add(QStringLiteral("violation"), id, QStringLiteral("note.txt"),
                                    QStringLiteral("text/plain"), QByteArray("observed"));
    REQUIRE_THROWS_WITH(violations.remove(id), Catch::Contains("1 attached file"));
    CHECK(violations.get(id).type == QStringLiteral("torture"));

    Task reminder;
    reminder.title = QStringLiteral("Ask for the forensic report");
    reminder.dueOn = QDate(2026, 4, 1);
    reminder.assigneeId = bea->user().id;
    reminder.ownerType = QStringLiteral("violation");
    reminder.ownerId = id;
    const qint64 taskId = TaskService(*bea).create(reminder).id;

    AttachmentService(*bea).remove(photo.id);
    violations.remove(id);
    const Task kept = TaskService(*bea).get(taskId);
    CHECK(kept.caseId == opened.caseId);
    CHECK(kept.ownerType.isEmpty());
    CHECK(errorKindOf([&] { violations.get(id); }) == ErrorKind::NotFound);
    CHECK(rowCount(*bea, "medical_examinations") == 0);
    CHECK(rowCount(*bea, "medical_findings") == 0);
    CHECK(auditText(*bea, QStringLiteral("violation"), id)
              .contains(QStringLiteral("medical_record=(sensitive)")));
}
