#include "cases/tabs/AssistanceTab.h"

#include "DomainFixture.h"
#include "Named.h"
#include "assistance/AssistanceService.h"
#include "cases/CaseService.h"
#include "cases/tabs/StatusNoteDialog.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "organisations/OrganisationService.h"
#include "people/PersonService.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::AssistanceTab;

namespace {

struct AssistanceWorld
{
    AssistanceWorld() : bea(domain.as(QStringLiteral("bea")))
    {
        caseId = CaseService(*bea).create(test::sampleCase()).id;
        const SavedPerson person = PersonService(*bea).create(test::samplePerson());
        personId = person.id;
        pseudonym = person.pseudonym;
        CaseService(*bea).addPerson(caseId, personId, QStringLiteral("victim"));
        Organisation lawyers;
        lawyers.name = QStringLiteral("Lawyers for Rights");
        lawyers.kind = QStringLiteral("provider");
        providerId = OrganisationService(*bea).create(lawyers);
    }

    AssistanceTab::SessionAccess access()
    {
        return [this]() -> Session& {
            return *bea;
        };
    }

    qint64 addLine(const QString& type = QStringLiteral("legal"))
    {
        Assistance a;
        a.caseId = caseId;
        a.type = type;
        a.description = QStringLiteral("Lawyer's fees for the appeal");
        a.personId = personId;
        return AssistanceService(*bea).create(a).id;
    }

    QString statusOf(qint64 id) { return AssistanceService(*bea).get(id).status; }

    test::DomainFixture domain;
    std::unique_ptr<Session> bea;
    qint64 caseId = 0;
    qint64 personId = 0;
    QString pseudonym;
    qint64 providerId = 0;
};

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

bool hasButton(QWidget& parent, const QString& accessibleName)
{
    for (const QPushButton* button : parent.findChildren<QPushButton*>())
        if (button->accessibleName() == accessibleName)
            return true;
    return false;
}

QString cell(AssistanceTab& tab, int row, int column)
{
    const auto* table = named<QTableView>(tab, QStringLiteral("Assistance lines"));
    return table->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("a caseworker adds an assistance line for a person of the case through the dialog")
{
    AssistanceWorld world;
    AssistanceTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    QSignalSpy changed(&tab, &AssistanceTab::recordsChanged);
    CHECK_FALSE(named<QTableView>(tab, QStringLiteral("Assistance lines"))->isVisible());

    named<QPushButton>(tab, QStringLiteral("Add assistance"))->click();
    ui::AssistanceDialog* editor = tab.editor();
    REQUIRE(editor);
    REQUIRE(editor->isVisible());
    choose(named<QComboBox>(*editor, QStringLiteral("Type of assistance")),
           QStringLiteral("medical"));
    choose(named<QComboBox>(*editor, QStringLiteral("Beneficiary")), world.personId);
    choose(named<QComboBox>(*editor, QStringLiteral("Provider organisation")), world.providerId);
    QTest::keyClicks(named<QPlainTextEdit>(*editor, QStringLiteral("Description")),
                     QStringLiteral("Transfer to a specialised centre"));
    named<QPushButton>(*editor, QStringLiteral("Save the assistance"))->click();

    REQUIRE(QTest::qWaitFor([&] { return tab.editor() == nullptr; }, 5000));
    CHECK(changed.count() == 1);
    const auto stored = AssistanceService(*world.bea).listForCase(world.caseId);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].type == QStringLiteral("medical"));
    CHECK(stored[0].personId == world.personId);
    CHECK(stored[0].providerOrgId == world.providerId);
    CHECK(stored[0].description == QStringLiteral("Transfer to a specialised centre"));
    // The table speaks the user's words, not the stored names.
    REQUIRE(named<QTableView>(tab, QStringLiteral("Assistance lines"))->isVisible());
    CHECK(cell(tab, 0, AssistanceTab::TypeColumn) == QStringLiteral("Medical"));
    CHECK(cell(tab, 0, AssistanceTab::StatusColumn) == QStringLiteral("Requested"));
    CHECK(cell(tab, 0, AssistanceTab::BeneficiaryColumn).startsWith(world.pseudonym));
    CHECK(cell(tab, 0, AssistanceTab::ProviderColumn) == QStringLiteral("Lawyers for Rights"));
}

TEST_CASE("an assistance line without a description shows the core's message and saves nothing")
{
    AssistanceWorld world;
    AssistanceTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    QSignalSpy changed(&tab, &AssistanceTab::recordsChanged);
    tab.addAssistance();
    REQUIRE(tab.editor());
    named<QPushButton>(*tab.editor(), QStringLiteral("Save the assistance"))->click();

    auto* error = tab.editor()->findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("description")));
    CHECK(tab.editor()->isVisible()); // what was typed is still there
    CHECK(AssistanceService(*world.bea).listForCase(world.caseId).empty());
    CHECK(changed.count() == 0);
}

TEST_CASE("marking an assistance line as approved with a note changes its status")
{
    AssistanceWorld world;
    const qint64 id = world.addLine();
    AssistanceTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    tab.selectLine(id);
    // Only the moves the workflow allows from "requested" are offered.
    CHECK(hasButton(tab, QStringLiteral("Mark the assistance as Cancelled")));
    CHECK_FALSE(hasButton(tab, QStringLiteral("Mark the assistance as Completed")));
    named<QPushButton>(tab, QStringLiteral("Mark the assistance as Approved"))->click();
    ui::StatusNoteDialog* dialog = tab.noteDialog();
    REQUIRE(dialog);
    QTest::keyClicks(named<QPlainTextEdit>(*dialog, QStringLiteral("Note")),
                     QStringLiteral("Approved at the Monday meeting"));
    named<QPushButton>(*dialog, QStringLiteral("Change the status"))->click();

    REQUIRE(QTest::qWaitFor([&] { return tab.noteDialog() == nullptr; }, 5000));
    CHECK(world.statusOf(id) == QStringLiteral("approved"));
    CHECK(cell(tab, 0, AssistanceTab::StatusColumn) == QStringLiteral("Approved"));
    // The next moves are offered now.
    CHECK(named<QPushButton>(tab, QStringLiteral("Mark the assistance as In progress")));
}

TEST_CASE("cancelling an assistance line without a note is refused with the core's message")
{
    AssistanceWorld world;
    const qint64 id = world.addLine();
    AssistanceTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    tab.selectLine(id);
    named<QPushButton>(tab, QStringLiteral("Mark the assistance as Cancelled"))->click();
    REQUIRE(tab.noteDialog());
    named<QPushButton>(*tab.noteDialog(), QStringLiteral("Change the status"))->click();
    auto* error = tab.noteDialog()->findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("note")));
    CHECK(world.statusOf(id) == QStringLiteral("requested"));
}

TEST_CASE("a transition the core refuses shows why and the line's status as it now is")
{
    AssistanceWorld world;
    const qint64 id = world.addLine();
    AssistanceTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    tab.selectLine(id);
    named<QPushButton>(tab, QStringLiteral("Mark the assistance as Approved"))->click();
    REQUIRE(tab.noteDialog());
    // Meanwhile a colleague cancels the request.
    AssistanceService(*world.domain.as(QStringLiteral("carlos")))
        .transition(id, QStringLiteral("cancelled"), QStringLiteral("The family left the country"));
    named<QPushButton>(*tab.noteDialog(), QStringLiteral("Change the status"))->click();

    auto* error = tab.noteDialog()->findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("cannot go from Cancelled to Approved")));
    CHECK(world.statusOf(id) == QStringLiteral("cancelled"));
    CHECK(cell(tab, 0, AssistanceTab::StatusColumn) == QStringLiteral("Cancelled"));
}

TEST_CASE("an assistance dialog left open comes back as a draft and clear() drops everything")
{
    AssistanceWorld world;
    world.addLine();
    AssistanceTab tab(world.access(), world.caseId);
    tab.reload();
    tab.show();
    tab.addAssistance();
    REQUIRE(tab.editor());
    QTest::keyClicks(named<QPlainTextEdit>(*tab.editor(), QStringLiteral("Description")),
                     QStringLiteral("Counselling sessions"));
    CHECK(ui::decryptedItemsHeld() > 0);

    const QJsonObject draft = tab.draft();
    CHECK_FALSE(draft.isEmpty());
    tab.clear();
    CHECK(tab.editor() == nullptr);
    CHECK(tab.lines().empty());
    CHECK(ui::decryptedItemsHeld() == 0);

    tab.reload();
    tab.restoreDraft(draft);
    REQUIRE(tab.editor());
    CHECK(named<QPlainTextEdit>(*tab.editor(), QStringLiteral("Description"))->toPlainText() ==
          QStringLiteral("Counselling sessions"));
    named<QPushButton>(*tab.editor(), QStringLiteral("Save the assistance"))->click();
    CHECK(AssistanceService(*world.bea).listForCase(world.caseId).size() == 2);
}
