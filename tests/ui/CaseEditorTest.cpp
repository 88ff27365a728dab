#include "cases/CaseEditor.h"

#include "DomainFixture.h"
#include "Named.h"
#include "cases/CaseHistoryTab.h"
#include "cases/CasePeopleTab.h"
#include "cases/CaseService.h"
#include "cases/CaseSummaryForm.h"
#include "cases/CasesPage.h"
#include "cases/CasesSection.h"
#include "cases/StatusChangeDialog.h"
#include "common/CountryBox.h"
#include "common/OptionalDateEdit.h"
#include "people/PersonService.h"
#include "vault/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::CaseEditor;
using ui::CasesSection;

namespace {

struct EditorWorld
{
    EditorWorld() : bea(domain.as(QStringLiteral("bea"))) {}

    CasesSection section(const QString& login = {})
    {
        Session* session = login.isEmpty() ? bea.get() : (other = domain.as(login)).get();
        return CasesSection([session]() -> Session& { return *session; }, {});
    }

    test::DomainFixture domain;
    std::unique_ptr<Session> bea;
    std::unique_ptr<Session> other;
};

} // namespace

TEST_CASE("a caseworker opens a new case from the list, fills it in and saves it")
{
    EditorWorld world;
    CasesSection section = world.section();
    section.show();
    auto* newCase = named<QPushButton>(section.list(), QStringLiteral("New case"));
    REQUIRE(newCase->isVisible());
    QApplication::setActiveWindow(&section);
    REQUIRE(QTest::qWaitForWindowActive(&section));
    QTest::keyClick(named<QLineEdit>(section.list(), QStringLiteral("Search cases")), Qt::Key_N,
                    Qt::ControlModifier);
    CaseEditor& editor = section.editor();
    // A button's shortcut clicks it the way a mouse does, after a short press.
    REQUIRE(QTest::qWaitFor([&] { return section.isEditing(); }, 5000));
    CHECK(editor.tabs()->count() == 1); // the other parts come once the case exists

    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Title")),
                     QStringLiteral("Incommunicado detention of a trade unionist"));
    named<ui::CountryBox>(editor, QStringLiteral("Country"))->setCode(QStringLiteral("CO"));
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Place")), QStringLiteral("Cali"));
    QTest::keyClicks(named<QPlainTextEdit>(editor, QStringLiteral("Narrative")),
                     QStringLiteral("Taken from the union office at night."));
    CHECK(editor.isModified());
    QTest::keyClick(named<QLineEdit>(editor, QStringLiteral("Place")), Qt::Key_S,
                    Qt::ControlModifier);

    REQUIRE(QTest::qWaitFor([&] { return editor.caseId() != 0; }, 5000));
    CHECK_FALSE(editor.isModified());
    const Case saved = CaseService(*world.bea).get(editor.caseId());
    CHECK(saved.title == QStringLiteral("Incommunicado detention of a trade unionist"));
    CHECK(saved.country == QStringLiteral("CO"));
    CHECK(saved.narrative == QStringLiteral("Taken from the union office at night."));
    CHECK(editor.tabs()->count() > 2);
    CHECK(editor.tab<ui::CaseHistoryTab>()->actionAt(0) == QStringLiteral("Case opened"));

    // Back in the list, searching finds it as one types.
    named<QPushButton>(editor, QStringLiteral("Back to the case list"))->click();
    REQUIRE_FALSE(section.isEditing());
    QTest::keyClicks(named<QLineEdit>(section.list(), QStringLiteral("Search cases")),
                     QStringLiteral("unioni"));
    REQUIRE(QTest::qWaitFor([&] { return section.list().model().rowCount() == 1; }, 5000));
    CHECK(section.list().model().caseAt(0)->id == saved.id);
}

TEST_CASE("the editor says what is wrong as fields are filled in, and saves nothing wrong")
{
    EditorWorld world;
    CasesSection section = world.section();
    section.show();
    section.startNewCase();
    CaseEditor& editor = section.editor();
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Title")),
                     QStringLiteral("Threats against a journalist"));
    named<ui::CountryBox>(editor, QStringLiteral("Country"))->setCode(QStringLiteral("HN"));
    auto* incident = named<QDateEdit>(editor, QStringLiteral("Incident date"));
    auto* reported = named<QDateEdit>(editor, QStringLiteral("Reporting date"));
    named<QCheckBox>(editor, QStringLiteral("Incident date is known"))->setChecked(true);
    named<QCheckBox>(editor, QStringLiteral("Reporting date is known"))->setChecked(true);
    incident->setDate(QDate(2026, 3, 10));
    reported->setDate(QDate(2026, 3, 1));
    editor.summaryForm()->setFields(editor.summaryForm()->fields()); // as a keystroke would

    REQUIRE(QTest::qWaitFor([&] { return !editor.summaryForm()->problem().isEmpty(); }, 5000));
    CHECK(editor.summaryForm()->problem().contains(QStringLiteral("reporting date")));
    CHECK_FALSE(editor.save());
    CHECK(editor.caseId() == 0);
    CHECK(CaseService(*world.bea).count({}) == 0);

    reported->setDate(QDate(2026, 3, 12));
    editor.summaryForm()->setFields(editor.summaryForm()->fields());
    REQUIRE(QTest::qWaitFor([&] { return editor.summaryForm()->problem().isEmpty(); }, 5000));
    CHECK(editor.save());
    CHECK(CaseService(*world.bea).count({}) == 1);
}

TEST_CASE("a status change asks for a reason, and the reason appears in the case's history")
{
    EditorWorld world;
    const Case c = CaseService(*world.bea).create(test::sampleCase());
    CasesSection section = world.section();
    section.show();
    section.openCase(c.id);
    CaseEditor& editor = section.editor();
    REQUIRE(editor.nextStatuses().contains(QStringLiteral("assessment")));

    editor.changeStatusTo(QStringLiteral("assessment"));
    ui::StatusChangeDialog* dialog = editor.statusDialog();
    REQUIRE(dialog);
    // Without a reason the core refuses, and the dialog stays open saying so.
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(CaseService(*world.bea).get(c.id).status == QStringLiteral("intake"));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Medical report received"));
    dialog->accept();
    CHECK(CaseService(*world.bea).get(c.id).status == QStringLiteral("assessment"));
    CHECK(named<QLabel>(editor, QStringLiteral("Case status"))
              ->text()
              .contains(QStringLiteral("Assessment")));

    auto* history = editor.tab<ui::CaseHistoryTab>();
    REQUIRE(history->entryCount() >= 2);
    CHECK(history->actionAt(0) == QStringLiteral("Case status changed"));
    CHECK(history->detailsAt(0).contains(QStringLiteral("Intake → Assessment")));
    CHECK(history->detailsAt(0).contains(QStringLiteral("Medical report received")));
}

TEST_CASE("a person is found as one types and linked to the case as its victim")
{
    EditorWorld world;
    const Case c = CaseService(*world.bea).create(test::sampleCase());
    PersonService(*world.bea).create(test::samplePerson(QStringLiteral("Nasrin Sotoudeh")));
    PersonService(*world.bea).create(test::samplePerson(QStringLiteral("Lydia Cacho")));
    CasesSection section = world.section();
    section.show();
    section.openCase(c.id);
    auto* people = section.editor().tab<ui::CasePeopleTab>();
    REQUIRE(people->personCount() == 0);

    people->openAddDialog();
    ui::AddCasePersonDialog* dialog = people->addDialog();
    REQUIRE(dialog);
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Find a person")),
                     QStringLiteral("sotou"));
    REQUIRE(QTest::qWaitFor([&] { return dialog->resultCount() == 1; }, 5000));
    auto* role = named<QComboBox>(*dialog, QStringLiteral("Role in the case"));
    role->setCurrentIndex(role->findData(QStringLiteral("victim")));
    dialog->accept();

    REQUIRE(people->personCount() == 1);
    CHECK(people->rowText(0).contains(QStringLiteral("— Victim")));
    CHECK(CaseService(*world.bea).people(c.id).at(0).role == QStringLiteral("victim"));
    CHECK(section.editor().tab<ui::CaseHistoryTab>()->actionAt(0) ==
          QStringLiteral("Person added to a case"));
}

TEST_CASE("leaving a case with unsaved changes asks first, and cancelling keeps them")
{
    EditorWorld world;
    const Case c = CaseService(*world.bea).create(test::sampleCase());
    CasesSection section = world.section();
    section.show();
    section.openCase(c.id);
    CaseEditor& editor = section.editor();
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral(" (2)"));
    REQUIRE(editor.isModified());

    named<QPushButton>(editor, QStringLiteral("Back to the case list"))->click();
    auto* question = editor.findChild<QMessageBox*>();
    REQUIRE(question);
    question->button(QMessageBox::Cancel)->click();
    CHECK(section.isEditing());
    CHECK(editor.isModified());

    named<QPushButton>(editor, QStringLiteral("Back to the case list"))->click();
    question = editor.findChild<QMessageBox*>();
    REQUIRE(question);
    question->button(QMessageBox::Discard)->click();
    CHECK_FALSE(section.isEditing());
    CHECK(CaseService(*world.bea).get(c.id).title == test::sampleCase().title);
}

TEST_CASE("a case stays read-only for a role that cannot change cases")
{
    EditorWorld world;
    const Case c = CaseService(*world.bea).create(test::sampleCase());
    CasesSection section = world.section(QStringLiteral("eli"));
    section.show();
    CHECK_FALSE(named<QPushButton>(section.list(), QStringLiteral("New case"))->isVisible());
    section.openCase(c.id);
    CHECK_FALSE(named<QLineEdit>(section.editor(), QStringLiteral("Title"))->isEnabled());
    CHECK_FALSE(named<QPushButton>(section.editor(), QStringLiteral("Save"))->isEnabled());
}
