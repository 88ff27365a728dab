#include "tasks/TasksPage.h"

#include "DomainFixture.h"
#include "Named.h"
#include "cases/CaseService.h"
#include "common/ErrorLabel.h"
#include "main/SessionHolder.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskService.h"
#include "tasks/TaskTableModel.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

Task task(const QString& title, qint64 assigneeId, const QDate& dueOn, qint64 caseId)
{
    Task t;
    t.title = title;
    t.assigneeId = assigneeId;
    t.dueOn = dueOn;
    t.caseId = caseId;
    return t;
}

QStringList column(const ui::TaskTableModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

// The fixture's clock says 2026-03-14: one task of bea's is overdue, one is
// not, and carlos has an overdue one in another case.
struct TaskScene
{
    test::DomainFixture domain;
    Case first;
    Case second;

    TaskScene()
    {
        auto bea = domain.as(QStringLiteral("bea"));
        first = CaseService(*bea).create(test::sampleCase(QStringLiteral("Detention in Davao")));
        second = CaseService(*bea).create(test::sampleCase(QStringLiteral("Threats in Cebu")));
        TaskService tasks(*bea);
        const qint64 beaId = domain.userId(QStringLiteral("bea"));
        const qint64 carlosId = domain.userId(QStringLiteral("carlos"));
        tasks.create(task(QStringLiteral("Call the lawyer"), beaId, QDate(2026, 3, 10), first.id));
        tasks.create(task(QStringLiteral("Visit the family"), beaId, QDate(2026, 3, 30), first.id));
        tasks.create(
            task(QStringLiteral("File the appeal"), carlosId, QDate(2026, 3, 12), second.id));
    }
};

} // namespace

TEST_CASE("the tasks page shows my open tasks, the overdue ones and the tasks of a case")
{
    TaskScene scene;
    ui::SessionHolder holder(scene.domain.as(QStringLiteral("bea")));
    ui::TasksPage page(holder);
    page.show();
    const ui::TaskTableModel& model = page.model();

    // Mine, by due date; the overdue one says so in words, not only in colour.
    CHECK(column(model, ui::TaskTableModel::TitleColumn) ==
          QStringList{QStringLiteral("Call the lawyer"), QStringLiteral("Visit the family")});
    CHECK(column(model, ui::TaskTableModel::StateColumn) ==
          QStringList{QStringLiteral("Overdue"), QStringLiteral("Open")});
    CHECK(column(model, ui::TaskTableModel::CaseColumn) ==
          QStringList{scene.first.reference, scene.first.reference});
    CHECK_FALSE(model.index(0, ui::TaskTableModel::StateColumn).data(Qt::DecorationRole).isNull());

    page.showView(ui::TasksPage::View::Overdue);
    CHECK(column(model, ui::TaskTableModel::TitleColumn) ==
          QStringList{QStringLiteral("Call the lawyer"), QStringLiteral("File the appeal")});
    CHECK(column(model, ui::TaskTableModel::AssigneeColumn) ==
          QStringList{QStringLiteral("bea"), QStringLiteral("carlos")});

    page.showView(ui::TasksPage::View::ByCase);
    CHECK(model.rowCount() == 3); // every case's tasks, grouped by case
    CHECK(column(model, ui::TaskTableModel::CaseColumn) ==
          QStringList{scene.second.reference, scene.first.reference, scene.first.reference});
    auto* search = named<QLineEdit>(page, QStringLiteral("Find a case"));
    QTest::keyClicks(search, QStringLiteral("Cebu"));
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 5000));
    CHECK(column(model, ui::TaskTableModel::TitleColumn) ==
          QStringList{QStringLiteral("File the appeal")});
}

TEST_CASE("completing a task on the tasks page marks it done in the core and reopening undoes it")
{
    TaskScene scene;
    ui::SessionHolder holder(scene.domain.as(QStringLiteral("bea")));
    ui::TasksPage page(holder);
    page.show();
    page.showView(ui::TasksPage::View::ByCase);
    auto* table = named<QTableView>(page, QStringLiteral("Tasks"));
    const qint64 lawyerCall = TaskService(holder.session())
                                  .listForAssignee(scene.domain.userId(QStringLiteral("bea")))
                                  .front()
                                  .id;
    table->selectRow(page.model().rowOf(lawyerCall));
    auto* done = named<QPushButton>(page, QStringLiteral("Mark the task done"));
    auto* reopen = named<QPushButton>(page, QStringLiteral("Reopen the task"));
    REQUIRE(done->isEnabled());
    CHECK_FALSE(reopen->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);

    const int row = page.model().rowOf(lawyerCall);
    REQUIRE(row >= 0);
    CHECK(page.model().rowAt(row)->task.doneOn == QDate(2026, 3, 14));
    CHECK(page.model()
              .index(row, ui::TaskTableModel::StateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Done on")));
    CHECK(TaskService(holder.session()).overdue().size() == 1);
    REQUIRE(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    CHECK(TaskService(holder.session()).overdue().size() == 2);

    page.showView(ui::TasksPage::View::Mine);
    CHECK(page.model().rowCount() == 2);
}

TEST_CASE("a new task with an unknown case shows the core's message and saves nothing")
{
    TaskScene scene;
    ui::SessionHolder holder(scene.domain.as(QStringLiteral("bea")));
    ui::TaskDialog dialog(holder, std::nullopt);
    dialog.show();
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Task title")),
                     QStringLiteral("Send the medical report"));
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Case reference")),
                     QStringLiteral("NOPE-1"));
    dialog.accept();
    auto* error = dialog.findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("NOPE-1")));
    CHECK(dialog.savedTaskId() == 0);

    named<QLineEdit>(dialog, QStringLiteral("Case reference"))->setText(scene.second.reference);
    dialog.accept();
    REQUIRE(dialog.savedTaskId() != 0);
    const Task saved = TaskService(holder.session()).get(dialog.savedTaskId());
    CHECK(saved.title == QStringLiteral("Send the medical report"));
    CHECK(saved.caseId == scene.second.id);
    CHECK(saved.dueOn == QDate(2026, 3, 21)); // a week from the clock's today by default
}
