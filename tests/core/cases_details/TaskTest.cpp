#include "DetailsSupport.h"
#include "cases/CaseService.h"
#include "tasks/TaskService.h"
#include "vault/UserAdministration.h"
#include "violations/ViolationService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

Task followUp(qint64 assigneeId, const QDate& dueOn, std::optional<qint64> caseId = std::nullopt)
{
    Task t;
    t.title = QStringLiteral("Call the family about the hearing");
    t.dueOn = dueOn;
    t.assigneeId = assigneeId;
    t.caseId = caseId;
    return t;
}

std::vector<qint64> idsOf(const std::vector<Task>& tasks)
{
    std::vector<qint64> ids;
    for (const Task& t : tasks)
        ids.push_back(t.id);
    return ids;
}

} // namespace

TEST_CASE("a task becomes overdue when the clock passes its due date")
{
    DomainFixture fixture;
    const qint64 beaId = fixture.userId(QStringLiteral("bea"));
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    TaskService tasks(*bea);
    const Task task = tasks.create(followUp(beaId, QDate(2026, 3, 16), opened.caseId));
    CHECK(tasks.overdue().empty());
    fixture.vault.clock.advance(std::chrono::hours(48)); // the due day itself
    CHECK(tasks.overdue().empty());
    CHECK_FALSE(tasks.isOverdue(tasks.get(task.id)));
    fixture.vault.clock.advance(std::chrono::hours(24));
    CHECK(idsOf(tasks.overdue()) == std::vector<qint64>{task.id});
    CHECK(tasks.isOverdue(tasks.get(task.id)));

    tasks.complete(task.id);
    CHECK(tasks.overdue().empty());
    CHECK(tasks.get(task.id).doneOn == QDate(2026, 3, 17));
    tasks.reopen(task.id);
    CHECK(idsOf(tasks.overdue()) == std::vector<qint64>{task.id});
    CHECK(auditText(*bea, QStringLiteral("task"), task.id).contains(QStringLiteral("task.reopen")));
}

TEST_CASE("a task needs a title and a sensible due date")
{
    DomainFixture fixture;
    const qint64 beaId = fixture.userId(QStringLiteral("bea"));
    auto bea = fixture.as(QStringLiteral("bea"));
    TaskService tasks(*bea);
    Task t = followUp(beaId, QDate(2026, 4, 1));
    t.title = QStringLiteral("   ");
    REQUIRE_THROWS_WITH(tasks.create(t), Catch::Contains("The title is required"));
    REQUIRE_THROWS_WITH(tasks.create(followUp(beaId, QDate(1066, 10, 14))),
                        Catch::Contains("The due date: 1066-10-14"));
    REQUIRE_THROWS_WITH(tasks.create(followUp(beaId, QDate(2090, 1, 1))),
                        Catch::Contains("The due date: 2090-01-01"));
    REQUIRE_THROWS_WITH(tasks.create(followUp(9999, QDate(2026, 4, 1))),
                        Catch::Contains("The assignee must be an active user"));
    CHECK(tasks.listForAssignee(beaId).empty());
}

TEST_CASE("html in a task title is stored literally")
{
    DomainFixture fixture;
    const qint64 beaId = fixture.userId(QStringLiteral("bea"));
    auto bea = fixture.as(QStringLiteral("bea"));
    Task t = followUp(beaId, QDate(2026, 4, 1));
    t.title = QStringLiteral("<img src=x onerror=alert(1)> & call");
    const qint64 id = TaskService(*bea).create(t).id;
    CHECK(TaskService(*bea).get(id).title == t.title);
}

TEST_CASE("a task of a restricted case follows the visibility of the case")
{
    DomainFixture fixture;
    const qint64 beaId = fixture.userId(QStringLiteral("bea"));
    qint64 taskId = 0;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        const auto opened = openCaseWithVictim(*bea, true);
        taskId = TaskService(*bea).create(followUp(beaId, QDate(2026, 3, 1), opened.caseId)).id;
        CHECK(idsOf(TaskService(*bea).overdue()) == std::vector<qint64>{taskId});
    }
    auto carlos = fixture.as(QStringLiteral("carlos"));
    TaskService tasks(*carlos);
    CHECK(errorKindOf([&] { tasks.get(taskId); }) == ErrorKind::NotFound);
    CHECK(errorKindOf([&] { tasks.complete(taskId); }) == ErrorKind::NotFound);
    CHECK(tasks.overdue().empty());
    CHECK(tasks.listForAssignee(beaId).empty());
    auto eli = fixture.as(QStringLiteral("eli"));
    CHECK(idsOf(TaskService(*eli).overdue()) == std::vector<qint64>{taskId});
}

TEST_CASE("a task in a restricted case is only given to someone who may see the case")
{
    DomainFixture fixture;
    const qint64 carlosId = fixture.userId(QStringLiteral("carlos"));
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea, true);
    REQUIRE_THROWS_WITH(
        TaskService(*bea).create(followUp(carlosId, QDate(2026, 4, 1), opened.caseId)),
        Catch::Contains("carlos may not see the restricted case"));
    CaseService(*bea).assign(opened.caseId, carlosId);
    CHECK(
        TaskService(*bea).create(followUp(carlosId, QDate(2026, 4, 1), opened.caseId)).assigneeId ==
        carlosId);
}

TEST_CASE("a task about a violation belongs to the case of the violation")
{
    DomainFixture fixture;
    const qint64 beaId = fixture.userId(QStringLiteral("bea"));
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto opened = openCaseWithVictim(*bea);
    const auto other = openCaseWithVictim(*bea);
    Violation v;
    v.caseId = opened.caseId;
    v.type = QStringLiteral("torture");
    v.occurredOn = QDate(2025, 7, 1);
    const qint64 violationId = ViolationService(*bea).create(v).id;
    Task t = followUp(beaId, QDate(2026, 4, 1));
    t.ownerType = QStringLiteral("violation");
    t.ownerId = violationId;
    const Task saved = TaskService(*bea).create(t);
    CHECK(saved.caseId == opened.caseId);
    CHECK(idsOf(TaskService(*bea).listForCase(opened.caseId)) == std::vector<qint64>{saved.id});
    t.caseId = other.caseId;
    REQUIRE_THROWS_WITH(TaskService(*bea).create(t), Catch::Contains("belongs to another case"));
}

TEST_CASE(
    "the assignee may complete a case task without editing rights but an auditor creates none")
{
    DomainFixture fixture;
    const qint64 daraId = fixture.userId(QStringLiteral("dara"));
    qint64 taskId = 0;
    qint64 caseId = 0;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        caseId = openCaseWithVictim(*bea).caseId;
        taskId = TaskService(*bea).create(followUp(daraId, QDate(2026, 4, 1), caseId)).id;
    }
    {
        auto dara = fixture.as(QStringLiteral("dara"));
        TaskService(*dara).complete(taskId);
        CHECK(TaskService(*dara).get(taskId).doneOn.has_value());
        Task edited = TaskService(*dara).get(taskId);
        edited.title = QStringLiteral("Changed by the fund manager");
        REQUIRE_THROWS_WITH(TaskService(*dara).update(edited),
                            Catch::Contains("not allowed to edit cases"));
        // A reminder of one's own needs no case rights.
        CHECK(TaskService(*dara).create(followUp(daraId, QDate(2026, 4, 2))).caseId ==
              std::nullopt);
    }
    auto eli = fixture.as(QStringLiteral("eli"));
    REQUIRE_THROWS_WITH(TaskService(*eli).create(followUp(daraId, QDate(2026, 4, 1))),
                        Catch::Contains("not allowed"));
    REQUIRE_THROWS_WITH(TaskService(*eli).reopen(taskId), Catch::Contains("not allowed"));
}

TEST_CASE("a task cannot be given to a disabled user")
{
    DomainFixture fixture;
    const qint64 carlosId = fixture.userId(QStringLiteral("carlos"));
    {
        auto admin = fixture.as(QStringLiteral("ana"));
        UserAdministration(*admin).disableUser(QStringLiteral("carlos"));
    }
    auto bea = fixture.as(QStringLiteral("bea"));
    REQUIRE_THROWS_WITH(TaskService(*bea).create(followUp(carlosId, QDate(2026, 4, 1))),
                        Catch::Contains("The assignee must be an active user"));
}

TEST_CASE("tasks by case list the tasks of every visible case, grouped by case, open ones first")
{
    DomainFixture fixture;
    const qint64 beaId = fixture.userId(QStringLiteral("bea"));
    auto bea = fixture.as(QStringLiteral("bea"));
    const auto first = openCaseWithVictim(*bea);
    const auto second = openCaseWithVictim(*bea);
    TaskService tasks(*bea);
    const Task done = tasks.create(followUp(beaId, QDate(2026, 3, 15), first.caseId));
    const Task later = tasks.create(followUp(beaId, QDate(2026, 4, 1), first.caseId));
    const Task other = tasks.create(followUp(beaId, QDate(2026, 3, 20), second.caseId));
    tasks.create(followUp(beaId, QDate(2026, 3, 20))); // no case: not listed
    tasks.complete(done.id);

    CHECK(idsOf(tasks.listWithCases(100)) == std::vector<qint64>{other.id, later.id, done.id});
    CHECK(tasks.listWithCases(1).size() == 1);
    // Names for assignees come from the same service, for anyone who reads tasks.
    CHECK(tasks.users().size() == 8);
}
