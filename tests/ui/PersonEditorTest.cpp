#include "people/PersonEditor.h"

#include "DomainFixture.h"
#include "Named.h"
#include "main/SessionHolder.h"
#include "people/AnonymiseDialog.h"
#include "people/ConsentService.h"
#include "people/PersonService.h"
#include "people/RecordConsentDialog.h"
#include "vault/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::PersonEditor;

namespace {

struct EditorWorld
{
    EditorWorld() : holder(domain.as(QStringLiteral("bea"))) {}

    qint64 peopleCount() { return PersonService(holder.session()).count(); }

    test::DomainFixture domain;
    ui::SessionHolder holder;
};

void typeNewPerson(PersonEditor& editor, const QString& name, const QString& year)
{
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Full name")), name);
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Year of birth")), year);
}

QString problemShown(PersonEditor& editor)
{
    QLabel* problem = named<QLabel>(editor, QStringLiteral("Problem"));
    return problem->isVisible() ? problem->text() : QString();
}

QLabel* duplicateNote(QWidget& editor)
{
    return named<QLabel>(editor, QStringLiteral("Possible duplicate"));
}

} // namespace

TEST_CASE("a caseworker records a new person through the editor and gets a pseudonym")
{
    EditorWorld world;
    PersonEditor editor(world.holder, std::nullopt);
    editor.show();
    // keyClicks types ASCII only; the name is pasted, as names in other scripts often are.
    named<QLineEdit>(editor, QStringLiteral("Full name"))
        ->setText(QStringLiteral("Lucía Hernández"));
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Year of birth")),
                     QStringLiteral("1990"));
    named<QCheckBox>(editor, QStringLiteral("Role: Witness"))->setChecked(true);
    auto* country = named<QComboBox>(editor, QStringLiteral("Country of residence"));
    country->setCurrentIndex(country->findData(QStringLiteral("MX")));
    named<QPushButton>(editor, QStringLiteral("Save the person"))->click();

    CHECK(problemShown(editor).isEmpty());
    REQUIRE(editor.personId() != 0);
    const Person saved = PersonService(world.holder.session()).get(editor.personId());
    CHECK(saved.fullName == QStringLiteral("Lucía Hernández"));
    CHECK(saved.birthYear == 1990);
    CHECK(saved.roles == QStringList{QStringLiteral("witness")});
    CHECK(saved.country == QStringLiteral("MX"));
    CHECK(named<QLabel>(editor, QStringLiteral("Save status"))->text().contains(saved.pseudonym));
    CHECK(editor.windowTitle().contains(saved.pseudonym));
}

TEST_CASE("the editor warns, while the name is typed, that the person may already be recorded")
{
    EditorWorld world;
    const QString existing =
        PersonService(world.holder.session()).create(test::samplePerson()).pseudonym;
    PersonEditor editor(world.holder, std::nullopt);
    editor.show();
    CHECK_FALSE(duplicateNote(editor)->isVisible());
    typeNewPerson(editor, QStringLiteral("zainab al khawaja"), QStringLiteral("1983"));
    REQUIRE(QTest::qWaitFor([&] { return duplicateNote(editor)->isVisible(); }, 5000));
    CHECK(duplicateNote(editor)->text().contains(existing));
    CHECK(duplicateNote(editor)->text().contains(QStringLiteral("same name and year of birth")));

    // A warning, not a refusal: the caseworker decides and may save.
    named<QCheckBox>(editor, QStringLiteral("Role: Victim / survivor"))->setChecked(true);
    named<QPushButton>(editor, QStringLiteral("Save the person"))->click();
    CHECK(world.peopleCount() == 2);
    CHECK(duplicateNote(editor)->text().startsWith(QStringLiteral("Saved as")));
    CHECK(duplicateNote(editor)->text().contains(existing));
}

TEST_CASE("the duplicate note goes away when the name no longer resembles anyone")
{
    EditorWorld world;
    PersonService(world.holder.session()).create(test::samplePerson());
    PersonEditor editor(world.holder, std::nullopt);
    editor.show();
    typeNewPerson(editor, QStringLiteral("Zainab Al-Khawaja"), QStringLiteral("1983"));
    REQUIRE(QTest::qWaitFor([&] { return duplicateNote(editor)->isVisible(); }, 5000));
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Full name")), QStringLiteral("h"));
    REQUIRE(QTest::qWaitFor([&] { return !duplicateNote(editor)->isVisible(); }, 5000));
}

TEST_CASE("a person the core refuses is not saved and the editor says why")
{
    EditorWorld world;
    PersonEditor editor(world.holder, std::nullopt);
    editor.show();
    typeNewPerson(editor, QStringLiteral("Someone Without A Role"), QStringLiteral("1975"));
    named<QPushButton>(editor, QStringLiteral("Save the person"))->click();
    CHECK(problemShown(editor).contains(QStringLiteral("at least one role")));
    CHECK(editor.personId() == 0);
    CHECK(world.peopleCount() == 0);

    named<QCheckBox>(editor, QStringLiteral("Role: Witness"))->setChecked(true);
    QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("E-mail")), QStringLiteral("not@"));
    named<QPushButton>(editor, QStringLiteral("Save the person"))->click();
    CHECK(problemShown(editor).contains(QStringLiteral("e-mail")));
    CHECK(world.peopleCount() == 0);
    CHECK(editor.isVisible());
}

TEST_CASE("recording consent in the editor shows the decision in the person's history")
{
    EditorWorld world;
    const qint64 id = PersonService(world.holder.session()).create(test::samplePerson()).id;
    PersonEditor editor(world.holder, id);
    editor.show();
    auto* history = named<QTableWidget>(editor, QStringLiteral("Consent decisions"));
    CHECK(history->rowCount() == 0);

    named<QPushButton>(editor, QStringLiteral("Record consent"))->click();
    auto* dialog = editor.findChild<ui::RecordConsentDialog*>();
    REQUIRE(dialog);
    auto* purpose = named<QComboBox>(*dialog, QStringLiteral("Purpose"));
    purpose->setCurrentIndex(purpose->findData(QStringLiteral("urgent_appeal")));
    // How it was obtained is required: the core refuses, the dialog stays.
    named<QPushButton>(*dialog, QStringLiteral("Record the decision"))->click();
    CHECK(named<QLabel>(*dialog, QStringLiteral("Problem"))->isVisible());
    CHECK(ConsentService(world.holder.session()).history(id).empty());

    QTest::keyClicks(named<QLineEdit>(*dialog, QStringLiteral("How consent was obtained")),
                     QStringLiteral("Signed form, scanned"));
    named<QPushButton>(*dialog, QStringLiteral("Record the decision"))->click();
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 0)->text() == QStringLiteral("Publication in an urgent appeal"));
    CHECK(history->item(0, 1)->text() == QStringLiteral("Given"));
    CHECK(history->item(0, 4)->text() == QStringLiteral("Signed form, scanned"));
    CHECK(ConsentService(world.holder.session())
              .mayUse(id, QStringLiteral("urgent_appeal"), QDate(2026, 3, 14)));
}

TEST_CASE("anonymising a person asks for a reason and a confirmation first")
{
    EditorWorld world;
    const qint64 id = PersonService(world.holder.session()).create(test::samplePerson()).id;
    PersonEditor editor(world.holder, id);
    editor.show();
    named<QPushButton>(editor, QStringLiteral("Anonymise the person"))->click();
    auto* dialog = editor.findChild<ui::AnonymiseDialog*>();
    REQUIRE(dialog);
    auto* anonymise = named<QPushButton>(*dialog, QStringLiteral("Anonymise"));
    CHECK_FALSE(anonymise->isEnabled());
    named<QCheckBox>(*dialog, QStringLiteral("Confirm anonymising"))->setChecked(true);
    anonymise->click();
    // Without a reason the core refuses, and nothing is removed.
    CHECK(named<QLabel>(*dialog, QStringLiteral("Problem"))->isVisible());
    CHECK_FALSE(PersonService(world.holder.session()).get(id).anonymised);

    named<QPlainTextEdit>(*dialog, QStringLiteral("Reason for anonymising"))
        ->setPlainText(QStringLiteral("She asked for her data to be erased."));
    anonymise->click();
    const Person after = PersonService(world.holder.session()).get(id);
    CHECK(after.anonymised);
    CHECK(editor.windowTitle().contains(QStringLiteral("anonymised")));
    CHECK(named<QLineEdit>(editor, QStringLiteral("Full name"))->isReadOnly());
    CHECK_FALSE(named<QPushButton>(editor, QStringLiteral("Save the person"))->isVisible());
}

TEST_CASE("an auditor sees a person read-only, without save, consent or anonymise buttons")
{
    EditorWorld world;
    const qint64 id = PersonService(world.holder.session()).create(test::samplePerson()).id;
    ui::SessionHolder auditor(world.domain.as(QStringLiteral("eli")));
    PersonEditor editor(auditor, id);
    editor.show();
    CHECK(named<QLineEdit>(editor, QStringLiteral("Full name"))->text() ==
          QStringLiteral("Zainab Al-Khawaja"));
    CHECK(named<QLineEdit>(editor, QStringLiteral("Full name"))->isReadOnly());
    CHECK_FALSE(named<QPushButton>(editor, QStringLiteral("Save the person"))->isVisible());
    CHECK(named<QPushButton>(editor, QStringLiteral("Anonymise the person"))->isHidden());
    // On the consent tab, which is not the one shown.
    CHECK(named<QPushButton>(editor, QStringLiteral("Record consent"))->isHidden());
}
