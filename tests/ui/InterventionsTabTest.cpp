#include "cases/tabs/InterventionsTab.h"

#include "CaseTabWorld.h"
#include "Named.h"
#include "cases/tabs/InterventionDialog.h"
#include "cases/tabs/InterventionTableModel.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"
#include "interventions/InterventionService.h"
#include "organisations/OrganisationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace amparo;
using amparo::test::named;
using ui::InterventionsTab;
using ui::InterventionTableModel;

namespace {

void choose(QWidget& dialog, const QString& comboName, const QVariant& data)
{
    auto* combo = named<QComboBox>(dialog, comboName);
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString cell(const InterventionsTab& tab, int row, int column)
{
    return tab.model().index(row, column).data().toString();
}

qint64 workingGroup(test::CaseTabWorld& world)
{
    Organisation o;
    o.name = QStringLiteral("UN Working Group on Arbitrary Detention");
    o.kind = QStringLiteral("mechanism");
    return OrganisationService(*world.bea).create(o);
}

// An urgent appeal sent on 2 March 2026 to the working group, through the dialog.
void addAppeal(InterventionsTab& tab, qint64 organisationId)
{
    named<QPushButton>(tab, QStringLiteral("Add intervention"))->click();
    ui::RecordDialog* dialog = tab.editor();
    REQUIRE(dialog);
    choose(*dialog, QStringLiteral("Kind of intervention"), QStringLiteral("urgent_appeal"));
    named<QDateEdit>(*dialog, QStringLiteral("Sent on"))->setDate(QDate(2026, 3, 2));
    choose(*dialog, QStringLiteral("Addressee organisation"), organisationId);
    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("Reference")),
                     QStringLiteral("UA PHL 3/2026"));
    test::saveButton(*dialog)->click();
    REQUIRE(tab.editor() == nullptr);
}

} // namespace

TEST_CASE("an intervention added through its dialog is listed with its addressee")
{
    test::CaseTabWorld world;
    const qint64 group = workingGroup(world);
    InterventionsTab tab(world.access(), world.caseId);
    tab.show();
    bool saysWhatToDo = false;
    for (QLabel* label : tab.findChildren<QLabel*>())
        saysWhatToDo = saysWhatToDo || (label->isVisible() &&
                                        label->text().contains(QStringLiteral("Add intervention")));
    CHECK(saysWhatToDo);
    QSignalSpy changed(&tab, &ui::CaseTab::recordsChanged);

    addAppeal(tab, group);
    REQUIRE(tab.model().rowCount() == 1);
    CHECK(changed.count() == 1);
    CHECK(cell(tab, 0, InterventionTableModel::KindColumn) ==
          termLabel(Vocabulary::InterventionKind, QStringLiteral("urgent_appeal")));
    // Naming the organisation is enough: its name stands as the addressee.
    CHECK(cell(tab, 0, InterventionTableModel::AddresseeColumn) ==
          QStringLiteral("UN Working Group on Arbitrary Detention"));
    CHECK(cell(tab, 0, InterventionTableModel::SentColumn) ==
          QLocale().toString(QDate(2026, 3, 2), ui::fullYearDateFormat()));
    CHECK(cell(tab, 0, InterventionTableModel::ReferenceColumn) == QStringLiteral("UA PHL 3/2026"));
    CHECK(cell(tab, 0, InterventionTableModel::ResponseColumn) == QStringLiteral("Awaited"));
    const auto stored = InterventionService(*world.bea).listForCase(world.caseId);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].addresseeOrgId == group);
}

TEST_CASE("the response to an intervention is recorded by editing it")
{
    test::CaseTabWorld world;
    InterventionsTab tab(world.access(), world.caseId);
    tab.show();
    addAppeal(tab, workingGroup(world));
    tab.selectRow(0);
    named<QPushButton>(tab, QStringLiteral("Edit intervention"))->click();
    ui::RecordDialog* dialog = tab.editor();
    REQUIRE(dialog);
    CHECK(named<QLineEdit>(*dialog, QStringLiteral("Reference"))->text() ==
          QStringLiteral("UA PHL 3/2026"));
    auto* responseOn = named<QDateEdit>(*dialog, QStringLiteral("Date of the response"));
    CHECK_FALSE(responseOn->isEnabled());
    named<QCheckBox>(*dialog, QStringLiteral("Response received"))->setChecked(true);
    CHECK(responseOn->isEnabled());
    responseOn->setDate(QDate(2026, 3, 12));
    QTest::keyClicks(named<QPlainTextEdit>(*dialog, QStringLiteral("Response")),
                     QStringLiteral("The government says he is held lawfully."));
    QTest::keyClicks(named<QPlainTextEdit>(*dialog, QStringLiteral("Outcome")),
                     QStringLiteral("Released on bail"));
    test::saveButton(*dialog)->click();

    CHECK(tab.editor() == nullptr);
    REQUIRE(tab.model().rowCount() == 1);
    CHECK(cell(tab, 0, InterventionTableModel::ResponseColumn) ==
          QLocale().toString(QDate(2026, 3, 12), ui::fullYearDateFormat()));
    CHECK(cell(tab, 0, InterventionTableModel::OutcomeColumn) ==
          QStringLiteral("Released on bail"));
    const auto stored = InterventionService(*world.bea).listForCase(world.caseId);
    CHECK(stored[0].response == QStringLiteral("The government says he is held lawfully."));
}

TEST_CASE("a response dated before the intervention was sent is refused and nothing changes")
{
    test::CaseTabWorld world;
    InterventionsTab tab(world.access(), world.caseId);
    tab.show();
    addAppeal(tab, workingGroup(world));
    tab.selectRow(0);
    named<QPushButton>(tab, QStringLiteral("Edit intervention"))->click();
    ui::RecordDialog* dialog = tab.editor();
    REQUIRE(dialog);
    named<QCheckBox>(*dialog, QStringLiteral("Response received"))->setChecked(true);
    named<QDateEdit>(*dialog, QStringLiteral("Date of the response"))->setDate(QDate(2026, 2, 1));
    QTest::keyClicks(named<QPlainTextEdit>(*dialog, QStringLiteral("Outcome")),
                     QStringLiteral("Released"));
    test::saveButton(*dialog)->click();

    CHECK(dialog->isVisible());
    auto* problem = named<QLabel>(*dialog, QStringLiteral("Problem"));
    CHECK(problem->isVisible());
    CHECK_FALSE(problem->text().isEmpty());
    const auto stored = InterventionService(*world.bea).listForCase(world.caseId);
    REQUIRE(stored.size() == 1);
    CHECK_FALSE(stored[0].responseOn);
    CHECK(stored[0].outcome.isEmpty());
}

TEST_CASE("the draft of an open intervention dialog reopens it with what was typed")
{
    test::CaseTabWorld world;
    const qint64 group = workingGroup(world);
    InterventionsTab tab(world.access(), world.caseId);
    tab.show();
    named<QPushButton>(tab, QStringLiteral("Add intervention"))->click();
    REQUIRE(tab.editor());
    choose(*tab.editor(), QStringLiteral("Kind of intervention"),
           QStringLiteral("un_special_procedure"));
    choose(*tab.editor(), QStringLiteral("Addressee organisation"), group);
    QTest::keyClicks(named<QLineEdit>(*tab.editor(), QStringLiteral("Addressee")),
                     QStringLiteral("Special Rapporteur on human rights defenders"));
    const QJsonObject draft = tab.draft();
    CHECK(draft.value(QStringLiteral("kind")).toString() == QStringLiteral("intervention"));

    tab.clear();
    CHECK(tab.editor() == nullptr);
    CHECK(ui::decryptedItemsHeld() == 0);
    tab.reload();
    tab.restoreDraft(draft);
    REQUIRE(tab.editor());
    CHECK(named<QLineEdit>(*tab.editor(), QStringLiteral("Addressee"))->text() ==
          QStringLiteral("Special Rapporteur on human rights defenders"));
    CHECK(named<QComboBox>(*tab.editor(), QStringLiteral("Kind of intervention"))->currentData() ==
          QStringLiteral("un_special_procedure"));
    CHECK(named<QComboBox>(*tab.editor(), QStringLiteral("Addressee organisation"))
              ->currentData()
              .toLongLong() == group);
    CHECK(tab.draft() == draft);
}

TEST_CASE("clearing the interventions tab leaves no decrypted rows")
{
    test::CaseTabWorld world;
    InterventionsTab tab(world.access(), world.caseId);
    tab.show();
    addAppeal(tab, workingGroup(world));
    tab.selectRow(0);
    named<QPushButton>(tab, QStringLiteral("Edit intervention"))->click();
    CHECK(ui::decryptedItemsHeld() > 0);
    tab.clear();
    CHECK(ui::decryptedItemsHeld() == 0);
    CHECK(tab.model().rowCount() == 0);
}
