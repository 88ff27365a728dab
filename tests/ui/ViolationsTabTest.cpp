#include "cases/tabs/ViolationsTab.h"

#include "CaseTabWorld.h"
#include "Named.h"
#include "cases/tabs/MedicalRecordDialog.h"
#include "cases/tabs/ViolationDialog.h"
#include "cases/tabs/ViolationTableModel.h"
#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace amparo;
using amparo::test::named;
using ui::ViolationsTab;
using ui::ViolationTableModel;

namespace {

void choose(QWidget& dialog, const QString& comboName, const QVariant& data)
{
    auto* combo = named<QComboBox>(dialog, comboName);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

qint64 addViolation(test::CaseTabWorld& world, const char* type)
{
    Violation v;
    v.caseId = world.caseId;
    v.victimId = world.victimId;
    v.type = QString::fromLatin1(type);
    v.occurredOn = QDate(2026, 2, 3);
    v.place = QStringLiteral("Central police station, Manila");
    return ViolationService(*world.bea).create(v).id;
}

QString cell(const ViolationsTab& tab, int row, int column)
{
    return tab.model().index(row, column).data().toString();
}

} // namespace

TEST_CASE("a violation added through its dialog is listed with its victim and approximate date")
{
    test::CaseTabWorld world;
    ViolationsTab tab(world.access(), world.caseId);
    tab.show();
    bool saysWhatToDo = false;
    for (QLabel* label : tab.findChildren<QLabel*>())
        saysWhatToDo = saysWhatToDo || (label->isVisible() &&
                                        label->text().contains(QStringLiteral("Add violation")));
    CHECK(saysWhatToDo);
    QSignalSpy changed(&tab, &ui::CaseTab::recordsChanged);

    named<QPushButton>(tab, QStringLiteral("Add violation"))->click();
    auto* dialog = qobject_cast<ui::ViolationDialog*>(tab.editor());
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    choose(*dialog, QStringLiteral("Type of violation"), QStringLiteral("arbitrary_detention"));
    choose(*dialog, QStringLiteral("How precise the date is"), QStringLiteral("month"));
    named<QDateEdit>(*dialog, QStringLiteral("Date of the violation"))->setDate(QDate(2026, 2, 17));
    choose(*dialog, QStringLiteral("Victim"), world.victimId);
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Place")),
                     QStringLiteral("Camp Crame detention centre"));
    test::saveButton(*dialog)->click();

    CHECK(tab.editor() == nullptr);
    REQUIRE(tab.model().rowCount() == 1);
    CHECK(changed.count() == 1);
    CHECK(cell(tab, 0, ViolationTableModel::TypeColumn) ==
          termLabel(Vocabulary::ViolationType, QStringLiteral("arbitrary_detention")));
    // Known to the month: shown as a month, not as the first day of it.
    const QString date = cell(tab, 0, ViolationTableModel::DateColumn);
    CHECK(date.contains(QLocale().standaloneMonthName(2)));
    CHECK(date.contains(QStringLiteral("2026")));
    CHECK(cell(tab, 0, ViolationTableModel::VictimColumn) == world.victimPseudonym);
    CHECK(cell(tab, 0, ViolationTableModel::PlaceColumn) ==
          QStringLiteral("Camp Crame detention centre"));
    CHECK(tab.findChild<QTableView*>()->isVisible());
    const auto stored = ViolationService(*world.bea).listForCase(world.caseId);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].occurredOn == QDate(2026, 2, 1));
    CHECK(stored[0].datePrecision == QStringLiteral("month"));
}

TEST_CASE("a torture violation gets a medical record with a finding through its dialog")
{
    test::CaseTabWorld world;
    const qint64 id = addViolation(world, "torture");
    ViolationsTab tab(world.access(), world.caseId);
    tab.show();
    tab.selectRow(0);
    CHECK(cell(tab, 0, ViolationTableModel::MedicalColumn) == QStringLiteral("None yet"));

    auto* medical = named<QPushButton>(tab, QStringLiteral("Medical record"));
    REQUIRE(medical->isEnabled());
    medical->click();
    auto* dialog = qobject_cast<ui::MedicalRecordDialog*>(tab.editor());
    REQUIRE(dialog);
    named<QDateEdit>(*dialog, QStringLiteral("Examined on"))->setDate(QDate(2026, 2, 20));
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Examiner")),
                     QStringLiteral("Dr. Helene Marceau"));
    choose(*dialog, QStringLiteral("Kind of the new finding"), QStringLiteral("physical"));
    choose(*dialog, QStringLiteral("Consistency of the new finding"),
           QStringLiteral("highly_consistent"));
    auto* description = named<QLineEdit>(*dialog, QStringLiteral("Description of the new finding"));
    QTest::keyClicks(description, QStringLiteral("Round burn scars on both forearms"));
    // Return adds the finding; it does not save the record yet.
    QTest::keyClick(description, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(description->text().isEmpty());
    auto* findings = named<QTableView>(*dialog, QStringLiteral("Findings"));
    REQUIRE(findings->model()->rowCount() == 1);
    CHECK(findings->model()->index(0, 2).data().toString() == QStringLiteral("Highly consistent"));
    test::saveButton(*dialog)->click();

    CHECK(tab.editor() == nullptr);
    const auto record = MedicalRecordService(*world.bea).get(id);
    REQUIRE(record);
    CHECK(record->examiner == QStringLiteral("Dr. Helene Marceau"));
    REQUIRE(record->findings.size() == 1);
    CHECK(record->findings[0].kind == QStringLiteral("physical"));
    CHECK(record->findings[0].consistency == QStringLiteral("highly_consistent"));
    CHECK(cell(tab, 0, ViolationTableModel::MedicalColumn) == QStringLiteral("Recorded"));
    const QString note =
        named<QLabel>(tab, QStringLiteral("Medical record of the selected violation"))->text();
    CHECK(note.contains(QStringLiteral("Dr. Helene Marceau")));
    CHECK(note.contains(QStringLiteral("1 finding")));
}

TEST_CASE("a violation that is not torture-like has no medical record, and the tab says why")
{
    test::CaseTabWorld world;
    addViolation(world, "travel_ban");
    ViolationsTab tab(world.access(), world.caseId);
    tab.show();
    tab.selectRow(0);
    CHECK_FALSE(named<QPushButton>(tab, QStringLiteral("Medical record"))->isEnabled());
    auto* note = named<QLabel>(tab, QStringLiteral("Medical record of the selected violation"));
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("only torture")));
    CHECK(cell(tab, 0, ViolationTableModel::MedicalColumn) == QStringLiteral("Not applicable"));

    // The editor says so too, and changes its note with the type.
    named<QPushButton>(tab, QStringLiteral("Edit violation"))->click();
    REQUIRE(tab.editor());
    auto* editorNote = named<QLabel>(*tab.editor(), QStringLiteral("Medical record note"));
    CHECK(editorNote->text().contains(QStringLiteral("No medical record")));
    choose(*tab.editor(), QStringLiteral("Type of violation"), QStringLiteral("torture"));
    CHECK(editorNote->text().contains(QStringLiteral("Istanbul")));
}

TEST_CASE("a violation the core refuses shows its message in the dialog and nothing is saved")
{
    test::CaseTabWorld world;
    ViolationsTab tab(world.access(), world.caseId);
    tab.show();
    QSignalSpy changed(&tab, &ui::CaseTab::recordsChanged);
    named<QPushButton>(tab, QStringLiteral("Add violation"))->click();
    ui::RecordDialog* dialog = tab.editor();
    REQUIRE(dialog);
    // The vault's clock says 14 March 2026: this date is in the future.
    named<QDateEdit>(*dialog, QStringLiteral("Date of the violation"))->setDate(QDate(2026, 9, 1));
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Place")), QStringLiteral("Davao"));
    test::saveButton(*dialog)->click();

    CHECK(tab.editor() == dialog);
    CHECK(dialog->isVisible());
    auto* problem = named<QLabel>(*dialog, QStringLiteral("Problem"));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("future")));
    CHECK(named<QLineEdit>(*dialog, QStringLiteral("Place"))->text() == QStringLiteral("Davao"));
    CHECK(ViolationService(*world.bea).listForCase(world.caseId).empty());
    CHECK(tab.model().rowCount() == 0);
    CHECK(changed.count() == 0);
}

TEST_CASE("a violation is removed only after the user confirms")
{
    test::CaseTabWorld world;
    addViolation(world, "threats");
    ViolationsTab tab(world.access(), world.caseId);
    tab.show();
    tab.selectRow(0);
    named<QPushButton>(tab, QStringLiteral("Remove violation"))->click();
    QMessageBox* question = tab.confirmation();
    REQUIRE(question);
    question->button(QMessageBox::Cancel)->click();
    CHECK(tab.model().rowCount() == 1);

    tab.selectRow(0);
    named<QPushButton>(tab, QStringLiteral("Remove violation"))->click();
    question = tab.confirmation();
    REQUIRE(question);
    QAbstractButton* remove = nullptr;
    for (QAbstractButton* button : question->buttons())
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    REQUIRE(remove);
    remove->click();
    CHECK(tab.model().rowCount() == 0);
    CHECK(ViolationService(*world.bea).listForCase(world.caseId).empty());
}

TEST_CASE("the draft of an open violation dialog reopens it with what was typed")
{
    test::CaseTabWorld world;
    ViolationsTab tab(world.access(), world.caseId);
    tab.show();
    CHECK(tab.draft().isEmpty());
    named<QPushButton>(tab, QStringLiteral("Add violation"))->click();
    REQUIRE(tab.editor());
    choose(*tab.editor(), QStringLiteral("Type of violation"), QStringLiteral("surveillance"));
    choose(*tab.editor(), QStringLiteral("How precise the date is"), QStringLiteral("year"));
    choose(*tab.editor(), QStringLiteral("Victim"), world.victimId);
    QTest::keyClicks(named<QLineEdit>(*tab.editor(), QStringLiteral("Place")),
                     QStringLiteral("Her home in Quezon City"));
    const QJsonObject draft = tab.draft();
    CHECK(draft.value(QStringLiteral("kind")).toString() == QStringLiteral("violation"));

    tab.clear(); // the vault locks
    CHECK(tab.editor() == nullptr);
    CHECK(ui::decryptedItemsHeld() == 0);
    tab.reload(); // and is unlocked again
    tab.restoreDraft(draft);
    REQUIRE(tab.editor());
    CHECK(tab.editor()->isVisible());
    CHECK(named<QLineEdit>(*tab.editor(), QStringLiteral("Place"))->text() ==
          QStringLiteral("Her home in Quezon City"));
    CHECK(named<QComboBox>(*tab.editor(), QStringLiteral("Type of violation"))->currentData() ==
          QStringLiteral("surveillance"));
    CHECK(named<QComboBox>(*tab.editor(), QStringLiteral("Victim"))->currentData().toLongLong() ==
          world.victimId);
    CHECK(tab.draft() == draft);
}

TEST_CASE("clearing the violations tab leaves no decrypted rows or dialogs")
{
    test::CaseTabWorld world;
    addViolation(world, "torture");
    ViolationsTab tab(world.access(), world.caseId);
    tab.show();
    tab.selectRow(0);
    named<QPushButton>(tab, QStringLiteral("Medical record"))->click();
    REQUIRE(tab.editor());
    CHECK(ui::decryptedItemsHeld() > 0);
    tab.clear();
    CHECK(ui::decryptedItemsHeld() == 0);
    CHECK(tab.model().rowCount() == 0);
    CHECK(tab.editor() == nullptr);
}

TEST_CASE("a user who may not edit cases sees the violations with the core's reason")
{
    test::CaseTabWorld world;
    addViolation(world, "torture");
    auto eli = world.domain.as(QStringLiteral("eli")); // auditor: reads every case
    ViolationsTab tab([&eli]() -> Session& { return *eli; }, world.caseId);
    tab.show();
    CHECK(tab.model().rowCount() == 1);
    auto* add = named<QPushButton>(tab, QStringLiteral("Add violation"));
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(add->toolTip().isEmpty());
    tab.selectRow(0);
    CHECK_FALSE(named<QPushButton>(tab, QStringLiteral("Edit violation"))->isEnabled());
}
