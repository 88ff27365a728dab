#include "people/PeoplePage.h"

#include "DomainFixture.h"
#include "Named.h"
#include "common/DecryptedData.h"
#include "main/SessionHolder.h"
#include "people/PersonEditor.h"
#include "people/PersonListModel.h"
#include "people/PersonService.h"
#include "vault/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::PeoplePage;
using ui::PersonListModel;

namespace {

PersonListModel::Source sourceFor(Session& session)
{
    return PersonListModel::fromSession([&session]() -> Session& { return session; });
}

void recordPeople(Session& session, int count)
{
    PersonService people(session);
    for (int i = 0; i < count; ++i)
        people.create(test::samplePerson(QStringLiteral("Witness Number %1").arg(i)));
}

QString cell(const PersonListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

bool showsText(QWidget& parent, const QString& part)
{
    for (QLabel* label : parent.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(part))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the people list reads a page at a time, newest first, as the view scrolls")
{
    test::DomainFixture domain;
    auto bea = domain.as(QStringLiteral("bea"));
    recordPeople(*bea, 230);
    PersonListModel model(sourceFor(*bea));
    model.reload();
    CHECK(model.totalCount() == 230);
    CHECK(model.rowCount() == PersonListModel::kPageSize);
    CHECK(cell(model, 0, PersonListModel::NameColumn) == QStringLiteral("Witness Number 229"));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    CHECK(model.rowCount() == 230);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("the people list shows labels and country names, never stored names or codes")
{
    test::DomainFixture domain;
    auto bea = domain.as(QStringLiteral("bea"));
    Person defender = test::samplePerson(QStringLiteral("Nabeel Rajab"));
    defender.sex = QStringLiteral("male");
    defender.roles = {QStringLiteral("defender")};
    defender.nationality = QStringLiteral("BH");
    defender.country = QStringLiteral("TN");
    const QString pseudonym = PersonService(*bea).create(defender).pseudonym;
    PersonListModel model(sourceFor(*bea));
    model.reload();
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, PersonListModel::PseudonymColumn) == pseudonym);
    CHECK(cell(model, 0, PersonListModel::RolesColumn) == QStringLiteral("Human rights defender"));
    CHECK(cell(model, 0, PersonListModel::SexColumn) == QStringLiteral("Male"));
    CHECK(cell(model, 0, PersonListModel::BirthYearColumn) == QStringLiteral("1983"));
    CHECK(cell(model, 0, PersonListModel::NationalityColumn) == QStringLiteral("Bahrain"));
    CHECK(cell(model, 0, PersonListModel::CountryColumn) == QStringLiteral("Tunisia"));
}

TEST_CASE("typing in the people search finds a person once typing pauses")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("bea")));
    recordPeople(holder.session(), 3);
    PersonService(holder.session()).create(test::samplePerson(QStringLiteral("Zainab Al-Khawaja")));
    PeoplePage page(holder);
    page.show();
    CHECK(page.model().rowCount() == 4);

    QTest::keyClicks(named<QLineEdit>(page, QStringLiteral("Search people")),
                     QStringLiteral("zain"));
    // Each keystroke restarts the pause: nothing is searched while typing.
    CHECK(page.model().rowCount() == 4);
    REQUIRE(QTest::qWaitFor([&] { return page.model().rowCount() == 1; }, 5000));
    CHECK(page.model().personAt(0)->fullName == QStringLiteral("Zainab Al-Khawaja"));
    CHECK(showsText(page, QStringLiteral("1 person")));

    named<QLineEdit>(page, QStringLiteral("Search people"))->setText(QStringLiteral("nobody"));
    REQUIRE(QTest::qWaitFor([&] { return page.model().rowCount() == 0; }, 5000));
    CHECK(showsText(page, QStringLiteral("Nobody matches")));
}

TEST_CASE("an empty people list tells a caseworker how to record the first person")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("bea")));
    PeoplePage page(holder);
    page.show();
    CHECK(showsText(page, QStringLiteral("New person")));
    CHECK_FALSE(page.findChild<QTableView*>()->isVisible());
}

TEST_CASE("Enter on a person in the list opens the person's editor")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("bea")));
    const qint64 id = PersonService(holder.session()).create(test::samplePerson()).id;
    PeoplePage page(holder);
    page.show();
    auto* table = named<QTableView>(page, QStringLiteral("People"));
    table->setFocus();
    table->setCurrentIndex(page.model().index(0, PersonListModel::NameColumn));
    QTest::keyClick(table, Qt::Key_Return);
    auto* editor = page.findChild<ui::PersonEditor*>();
    REQUIRE(editor);
    CHECK(editor->personId() == id);
    CHECK(named<QLineEdit>(*editor, QStringLiteral("Full name"))->text() ==
          QStringLiteral("Zainab Al-Khawaja"));
}

TEST_CASE("roles that may not edit people read the list without a New person button")
{
    test::DomainFixture domain;
    PersonService(*domain.as(QStringLiteral("bea"))).create(test::samplePerson());
    for (const char* login : {"eli", "dara", "fatima", "ana"}) {
        ui::SessionHolder holder(domain.as(QString::fromLatin1(login)));
        PeoplePage page(holder);
        page.show();
        INFO(login);
        CHECK(page.model().rowCount() == 1);
        CHECK_FALSE(named<QPushButton>(page, QStringLiteral("New person"))->isVisible());
    }
    ui::SessionHolder caseworker(domain.as(QStringLiteral("carlos")));
    PeoplePage page(caseworker);
    page.show();
    CHECK(named<QPushButton>(page, QStringLiteral("New person"))->isVisible());
}

TEST_CASE("locking leaves no person's data in the list or an open editor")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("bea")));
    recordPeople(holder.session(), 5);
    PeoplePage page(holder);
    page.show();
    auto* table = named<QTableView>(page, QStringLiteral("People"));
    table->setCurrentIndex(page.model().index(0, 0));
    page.openSelected();
    REQUIRE(page.findChild<ui::PersonEditor*>());
    CHECK(ui::decryptedItemsHeld() >= 6);
    holder.lock();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.model().rowCount() == 0);
    CHECK(ui::decryptedItemsHeld() == 0);
}
