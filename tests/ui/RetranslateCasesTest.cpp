// The Cases, Tasks and Audit screens follow a change of language at run
// time: each one, switched, shows what the same screen built in that
// language shows (Retranslation.h).

#include "CaseTabWorld.h"
#include "Named.h"
#include "Retranslation.h"
#include "audit/AuditPage.h"
#include "audit/AuditTableModel.h"
#include "cases/AddCasePersonDialog.h"
#include "cases/CaseEditor.h"
#include "cases/CaseHistoryTab.h"
#include "cases/CasePeopleTab.h"
#include "cases/CaseTasksTab.h"
#include "cases/CaseWorkflow.h"
#include "cases/CasesPage.h"
#include "cases/CasesSection.h"
#include "cases/StatusChangeDialog.h"
#include "main/SessionHolder.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskService.h"
#include "tasks/TaskTableModel.h"
#include "tasks/TasksPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ru"),
                                QStringLiteral("ar")};

// Bea's case with its victim (CaseTabWorld), a second case, a task in the
// first one and a move of its status: every list and tab has rows to show.
struct CasesWorld
{
    CasesWorld() : holder(tabs.domain.as(QStringLiteral("bea")))
    {
        Session& bea = holder.session();
        CaseService cases(bea);
        cases.create(test::sampleCase(QStringLiteral("Threats against a defender in Cebu")));
        const QString next = allowedNextStatuses(cases.get(tabs.caseId).status).value(0);
        REQUIRE_FALSE(next.isEmpty());
        cases.transition(tabs.caseId, next, QStringLiteral("The lawyer's report was received."));
        Task task;
        task.title = QStringLiteral("Call the lawyer");
        task.assigneeId = tabs.domain.userId(QStringLiteral("bea"));
        task.dueOn = QDate(2026, 3, 10); // before the fixture's today: overdue
        task.caseId = tabs.caseId;
        taskId = TaskService(bea).create(task).id;
    }

    ui::CaseTab::SessionAccess access()
    {
        return [this]() -> Session& {
            return holder.session();
        };
    }

    ui::CaseEditorHooks hooks()
    {
        ui::CaseEditorHooks hooks;
        hooks.newPerson = [](QWidget*, std::function<void(qint64)>) {
        };
        hooks.tasksTab = [this](qint64 caseId, QWidget* parent) {
            return new ui::CaseTasksTab(holder, caseId, parent);
        };
        return hooks;
    }

    std::unique_ptr<ui::CasesSection> section()
    {
        return std::make_unique<ui::CasesSection>(access(), hooks());
    }

    test::CaseTabWorld tabs;
    ui::SessionHolder holder;
    qint64 taskId = 0;
};

} // namespace

TEST_CASE("the case list retranslates its filters, its rows and its count")
{
    CasesWorld world;
    for (const QString& language : kLanguages) {
        test::requireRetranslates(language, [&world] {
            std::unique_ptr<ui::CasesSection> section = world.section();
            REQUIRE(section->list().model().rowCount() == 2);
            return section;
        });
    }
}

TEST_CASE("a case list with nothing to show retranslates why")
{
    CasesWorld world;
    test::requireRetranslates(QStringLiteral("fr"), [&world] {
        std::unique_ptr<ui::CasesSection> section = world.section();
        // Found by kind: it is built in the language of the comparison too.
        auto* search = section->list().findChild<QLineEdit*>();
        REQUIRE(search);
        search->setText(QStringLiteral("nothing like this"));
        REQUIRE(QTest::qWaitFor([&] { return section->list().model().rowCount() == 0; }));
        return section;
    });
}

TEST_CASE("a new case in the case editor retranslates its summary form")
{
    CasesWorld world;
    for (const QString& language : kLanguages) {
        test::requireRetranslates(language, [&world] {
            std::unique_ptr<ui::CasesSection> section = world.section();
            section->startNewCase();
            REQUIRE(section->isEditing());
            return section;
        });
    }
}

TEST_CASE("a case opened in the case editor retranslates its header, summary and every tab")
{
    CasesWorld world;
    for (const QString& language : kLanguages) {
        test::requireRetranslates(language, [&world] {
            std::unique_ptr<ui::CasesSection> section = world.section();
            section->openCase(world.tabs.caseId);
            REQUIRE(section->isEditing());
            REQUIRE(section->editor().tabs()->count() == 9);
            return section;
        });
    }
}

TEST_CASE("a case read by someone who may not change it retranslates the note that says so")
{
    CasesWorld world;
    std::unique_ptr<Session> eli = world.tabs.domain.as(QStringLiteral("eli"));
    test::requireRetranslates(QStringLiteral("ar"), [&] {
        auto editor = std::make_unique<ui::CaseEditor>([&eli]() -> Session& { return *eli; },
                                                       ui::CaseEditorHooks());
        editor->openCase(world.tabs.caseId);
        return editor;
    });
}

TEST_CASE("the people and history tabs of a case retranslate their rows")
{
    CasesWorld world;
    for (const QString& language : kLanguages) {
        test::requireRetranslates(language, [&world] {
            auto people = std::make_unique<ui::CasePeopleTab>(world.access(), world.tabs.caseId,
                                                              world.hooks().newPerson);
            people->reload();
            REQUIRE(people->personCount() == 1);
            return people;
        });
        test::requireRetranslates(language, [&world] {
            auto history = std::make_unique<ui::CaseHistoryTab>(world.access(), world.tabs.caseId);
            history->reload();
            REQUIRE(history->entryCount() > 2);
            return history;
        });
    }
}

TEST_CASE("adding a person to a case and changing its status retranslate their dialogs")
{
    CasesWorld world;
    for (const QString& language : kLanguages) {
        test::requireRetranslates(language, [&world] {
            auto dialog = std::make_unique<ui::AddCasePersonDialog>(
                world.access(), world.tabs.caseId, world.hooks().newPerson);
            REQUIRE(dialog->resultCount() == 1);
            return dialog;
        });
        test::requireRetranslates(language, [&world] {
            const Case c = CaseService(world.holder.session()).get(world.tabs.caseId);
            return std::make_unique<ui::StatusChangeDialog>(world.access(), c.id, c.status,
                                                            allowedNextStatuses(c.status).value(0));
        });
    }
}

TEST_CASE("the tasks page retranslates each view, its rows and its count")
{
    CasesWorld world;
    for (const QString& language : kLanguages) {
        for (const auto view : {ui::TasksPage::View::Mine, ui::TasksPage::View::Overdue,
                                ui::TasksPage::View::ByCase}) {
            test::requireRetranslates(language, [&world, view] {
                auto page = std::make_unique<ui::TasksPage>(world.holder);
                page->showView(view);
                REQUIRE(page->model().rowCount() == 1);
                return page;
            });
        }
    }
}

TEST_CASE("the task dialog retranslates, creating a task or editing one")
{
    CasesWorld world;
    for (const QString& language : kLanguages) {
        test::requireRetranslates(language, [&world] {
            return std::make_unique<ui::TaskDialog>(world.holder, std::nullopt);
        });
        test::requireRetranslates(language, [&world] {
            const Task task = TaskService(world.holder.session()).get(world.taskId);
            return std::make_unique<ui::TaskDialog>(world.holder, task);
        });
    }
}

TEST_CASE("the audit page retranslates its filters, its entries and its count")
{
    CasesWorld world;
    ui::SessionHolder auditor(world.tabs.domain.as(QStringLiteral("eli")));
    for (const QString& language : kLanguages) {
        test::requireRetranslates(language, [&auditor] {
            auto page = std::make_unique<ui::AuditPage>(auditor);
            REQUIRE(page->model().rowCount() > 5);
            return page;
        });
    }
}

TEST_CASE("the result of verifying the audit trail follows the language")
{
    CasesWorld world;
    ui::SessionHolder auditor(world.tabs.domain.as(QStringLiteral("eli")));
    ui::AuditPage page(auditor);
    auto* result = named<QLabel>(page, QStringLiteral("Result of the audit trail verification"));
    test::LanguageScope scope; // English, with its formats of times
    named<QPushButton>(page, QStringLiteral("Verify the audit trail"))->click();
    REQUIRE(QTest::qWaitFor([&] { return !auditor.isBusy(); }));
    REQUIRE(result->isVisibleTo(&page));
    const QString english = result->text();
    REQUIRE(english.startsWith(QStringLiteral("Intact")));

    scope.use(QStringLiteral("fr"));
    const QString french = result->text();
    CHECK(french != english);
    scope.use(QStringLiteral("en"));
    CHECK(result->text() == english);
}

TEST_CASE("the New case and Save keys still work after a change of language")
{
    CasesWorld world;
    std::unique_ptr<ui::CasesSection> section = world.section();
    auto* newCase = named<QPushButton>(section->list(), QStringLiteral("New case"));
    auto* save = named<QPushButton>(section->editor(), QStringLiteral("Save"));
    Translations translations;
    translations.use(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    CHECK(newCase->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(save->shortcut() == QKeySequence(QKeySequence::Save));
    translations.use(QStringLiteral("en"));
    QCoreApplication::processEvents();
}
