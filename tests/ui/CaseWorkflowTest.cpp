#include "DomainFixture.h"
#include "Named.h"
#include "assistance/AssistanceService.h"
#include "cases/CaseEditor.h"
#include "cases/CaseHistoryTab.h"
#include "cases/CasePeopleTab.h"
#include "cases/CaseService.h"
#include "cases/CaseTasksTab.h"
#include "cases/CasesPage.h"
#include "cases/CasesSection.h"
#include "cases/tabs/AssistanceDialog.h"
#include "cases/tabs/AssistanceTab.h"
#include "cases/tabs/ViolationsTab.h"
#include "common/CountryBox.h"
#include "main/MainWindow.h"
#include "people/ConsentService.h"
#include "people/PersonEditor.h"
#include "people/RecordConsentDialog.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskTableModel.h"
#include "tasks/TasksPage.h"
#include "violations/ViolationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

// The whole story, through the widgets a caseworker uses.
TEST_CASE("a caseworker records a case with a victim, consent, a violation, assistance and a task")
{
    test::DomainFixture domain;
    ui::MainWindow window;
    window.openSession(domain.as(QStringLiteral("bea")));
    window.show();
    auto* section = window.findChild<ui::CasesSection*>();
    REQUIRE(section);

    // The case.
    named<QPushButton>(section->list(), QStringLiteral("New case"))->click();
    ui::CaseEditor& editor = section->editor();
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Title")),
                     QStringLiteral("Torture of a student leader in custody"));
    named<ui::CountryBox>(editor, QStringLiteral("Country"))->setCode(QStringLiteral("NI"));
    REQUIRE(editor.save());
    const qint64 caseId = editor.caseId();

    // The victim, recorded from the case with their consent, then linked.
    auto* people = editor.tab<ui::CasePeopleTab>();
    people->openAddDialog();
    ui::AddCasePersonDialog* addPerson = people->addDialog();
    REQUIRE(addPerson);
    named<QPushButton>(*addPerson, QStringLiteral("Record a new person"))->click();
    auto* personEditor = addPerson->findChild<ui::PersonEditor*>();
    REQUIRE(personEditor);
    QTest::keyClicks(named<QLineEdit>(*personEditor, QStringLiteral("Full name")),
                     QStringLiteral("Lesther Aleman"));
    named<QCheckBox>(*personEditor, QStringLiteral("Role: Victim / survivor"))->setChecked(true);
    named<QPushButton>(*personEditor, QStringLiteral("Save the person"))->click();
    REQUIRE(personEditor->personId() != 0);
    const qint64 personId = personEditor->personId();
    named<QPushButton>(*personEditor, QStringLiteral("Record consent"))->click();
    auto* consent = personEditor->findChild<ui::RecordConsentDialog*>();
    REQUIRE(consent);
    choose(named<QComboBox>(*consent, QStringLiteral("Purpose")), QStringLiteral("urgent_appeal"));
    QTest::keyClicks(named<QLineEdit>(*consent, QStringLiteral("How consent was obtained")),
                     QStringLiteral("Signed form, witnessed by the lawyer"));
    named<QPushButton>(*consent, QStringLiteral("Record the decision"))->click();
    personEditor->close();
    REQUIRE(addPerson->resultCount() == 1);
    choose(named<QComboBox>(*addPerson, QStringLiteral("Role in the case")),
           QStringLiteral("victim"));
    addPerson->accept();
    REQUIRE(people->personCount() == 1);

    // The violation, with the victim.
    auto* violations = editor.tab<ui::ViolationsTab>();
    named<QPushButton>(*violations, QStringLiteral("Add violation"))->click();
    QDialog* violation = violations->editor();
    REQUIRE(violation);
    choose(named<QComboBox>(*violation, QStringLiteral("Type of violation")),
           QStringLiteral("torture"));
    choose(named<QComboBox>(*violation, QStringLiteral("Victim")), personId);
    violation->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(violations->editor() == nullptr);

    // The assistance line, for the victim.
    auto* assistance = editor.tab<ui::AssistanceTab>();
    named<QPushButton>(*assistance, QStringLiteral("Add assistance"))->click();
    ui::AssistanceDialog* line = assistance->editor();
    REQUIRE(line);
    choose(named<QComboBox>(*line, QStringLiteral("Type of assistance")),
           QStringLiteral("medical"));
    choose(named<QComboBox>(*line, QStringLiteral("Beneficiary")), personId);
    QTest::keyClicks(named<QPlainTextEdit>(*line, QStringLiteral("Description")),
                     QStringLiteral("Forensic examination under the Istanbul Protocol"));
    named<QPushButton>(*line, QStringLiteral("Save the assistance"))->click();
    REQUIRE(QTest::qWaitFor([&] { return assistance->editor() == nullptr; }, 5000));

    // The next follow-up, planned from the case: it belongs to the case.
    auto* tasks = editor.tab<ui::CaseTasksTab>();
    REQUIRE(tasks);
    named<QPushButton>(*tasks, QStringLiteral("New task"))->click();
    auto* task = tasks->findChild<ui::TaskDialog*>();
    REQUIRE(task);
    CHECK(named<QLineEdit>(*task, QStringLiteral("Case reference"))->text() == editor.reference());
    QTest::keyClicks(named<QLineEdit>(*task, QStringLiteral("Task title")),
                     QStringLiteral("Ask the clinic for the examination date"));
    task->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(tasks->page().model().rowCount() == 1);

    // What the vault now holds, and what the history tab tells.
    auto bea = domain.as(QStringLiteral("bea"));
    CHECK(CaseService(*bea).people(caseId).at(0).role == QStringLiteral("victim"));
    CHECK(ConsentService(*bea).mayUse(personId, QStringLiteral("urgent_appeal"),
                                      bea->clock().nowUtc().date()));
    REQUIRE(ViolationService(*bea).listForCase(caseId).size() == 1);
    CHECK(ViolationService(*bea).listForCase(caseId)[0].victimId == personId);
    REQUIRE(AssistanceService(*bea).listForCase(caseId).size() == 1);
    CHECK(AssistanceService(*bea).listForCase(caseId)[0].personId == personId);
    auto* history = editor.tab<ui::CaseHistoryTab>();
    QStringList actions;
    for (int row = 0; row < history->entryCount(); ++row)
        actions << history->actionAt(row);
    CHECK(actions.contains(QStringLiteral("Task created")));
    CHECK(actions.contains(QStringLiteral("Assistance requested")));
    CHECK(actions.contains(QStringLiteral("Violation recorded")));
    CHECK(actions.contains(QStringLiteral("Person added to a case")));
    CHECK(actions.contains(QStringLiteral("Case opened")));
}
