#include "cases/CaseHistory.h"

#include "DetailsSupport.h"
#include "cases/CaseService.h"
#include "interventions/InterventionService.h"
#include "tasks/TaskService.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

QStringList actionsOf(const std::vector<audit::AuditEntry>& entries)
{
    QStringList actions;
    for (const audit::AuditEntry& entry : entries)
        actions << entry.action;
    return actions;
}

} // namespace

TEST_CASE("a case's history holds its own entries and those of its records, newest first")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const OpenedCase opened = openCaseWithVictim(*bea);
    const OpenedCase other = openCaseWithVictim(*bea);
    const Violation torture =
        ViolationService(*bea).create(violation(opened.caseId, "torture", QDate(2026, 1, 5)));
    MedicalRecordService(*bea).set(examination(torture.id));
    ViolationService(*bea).create(violation(other.caseId, "torture", QDate(2026, 1, 6)));
    CaseService(*bea).transition(opened.caseId, QStringLiteral("assessment"),
                                 QStringLiteral("Lawyer's report received"));
    Task followUp;
    followUp.title = QStringLiteral("Call the family about the hearing");
    followUp.dueOn = QDate(2026, 4, 1);
    followUp.assigneeId = fixture.userId(QStringLiteral("bea"));
    followUp.caseId = opened.caseId;
    TaskService(*bea).create(followUp);

    const std::vector<audit::AuditEntry> history = caseHistory(*bea, opened.caseId);
    const QStringList actions = actionsOf(history);
    CHECK(actions.first() == QStringLiteral("task.create"));
    CHECK(actions.contains(QStringLiteral("case.create")));
    CHECK(actions.contains(QStringLiteral("case.add_person")));
    CHECK(actions.contains(QStringLiteral("case.transition")));
    CHECK(actions.contains(QStringLiteral("violation.medical_record")));
    CHECK(actions.count(QStringLiteral("violation.create")) == 1); // not the other case's
    for (std::size_t i = 1; i < history.size(); ++i)
        CHECK(history[i - 1].seq > history[i].seq);
}

TEST_CASE("a restricted case's history is hidden from a caseworker it is not assigned to")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const OpenedCase restricted = openCaseWithVictim(*bea, true);
    auto carlos = fixture.as(QStringLiteral("carlos"));
    CHECK(errorKindOf([&] { caseHistory(*carlos, restricted.caseId); }) == ErrorKind::NotFound);
    auto eli = fixture.as(QStringLiteral("eli"));
    CHECK_FALSE(caseHistory(*eli, restricted.caseId).empty());
}

TEST_CASE("an editor can ask what is wrong with a case before saving, and nothing is written")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    Case input = sampleCase();
    CHECK_FALSE(cases.problemWith(input).has_value());

    input.title.clear();
    const std::optional<QString> untitled = cases.problemWith(input);
    REQUIRE(untitled.has_value());
    CHECK(untitled->contains(QStringLiteral("title")));

    input = sampleCase();
    input.incidentOn = QDate(2026, 3, 1);
    input.reportedOn = QDate(2026, 2, 1);
    const std::optional<QString> backwards = cases.problemWith(input);
    REQUIRE(backwards.has_value());
    CHECK(backwards->contains(QStringLiteral("reporting date")));
    CHECK(cases.count({}) == 0);
}
