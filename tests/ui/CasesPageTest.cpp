#include "cases/CasesPage.h"

#include "DomainFixture.h"
#include "Named.h"
#include "cases/CaseService.h"
#include "vault/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::CaseListModel;
using ui::CasesPage;

namespace {

CaseListModel::Source sourceFor(Session& session)
{
    return CaseListModel::fromSession([&session]() -> Session& { return session; });
}

struct CasesPageWorld
{
    CasesPageWorld() : bea(domain.as(QStringLiteral("bea")))
    {
        CaseService cases(*bea);
        cases.create(test::sampleCase(QStringLiteral("Arbitrary detention of a journalist")));
        Case urgent = test::sampleCase(QStringLiteral("Threats against a land defender"));
        urgent.priority = QStringLiteral("critical");
        cases.create(urgent);
        cases.create(test::sampleCase(QStringLiteral("Torture in a police station")));
    }

    test::DomainFixture domain;
    std::unique_ptr<Session> bea;
};

} // namespace

TEST_CASE("typing in the case search finds a case once typing pauses")
{
    CasesPageWorld world;
    CasesPage page(sourceFor(*world.bea));
    page.show();
    CHECK(page.model().rowCount() == 3);

    auto* search = named<QLineEdit>(page, QStringLiteral("Search cases"));
    QTest::keyClicks(search, QStringLiteral("journ"));
    // Each keystroke restarts the pause: nothing is searched while typing.
    CHECK(page.model().rowCount() == 3);
    REQUIRE(QTest::qWaitFor([&] { return page.model().rowCount() == 1; }, 5000));
    CHECK(page.model().caseAt(0)->title == QStringLiteral("Arbitrary detention of a journalist"));
}

TEST_CASE("case filters narrow the list and an empty result says how to get the cases back")
{
    CasesPageWorld world;
    CasesPage page(sourceFor(*world.bea));
    page.show();

    auto* priority = named<QComboBox>(page, QStringLiteral("Priority filter"));
    priority->setCurrentIndex(priority->findData(QStringLiteral("critical")));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(page.model().caseAt(0)->title == QStringLiteral("Threats against a land defender"));

    page.findChild<QCheckBox*>()->setChecked(true); // restricted only: none here
    CHECK(page.model().rowCount() == 0);
    auto* clear = named<QPushButton>(page, QStringLiteral("Clear the filters"));
    CHECK(clear->isVisible());
    CHECK_FALSE(page.findChild<QTableView*>()->isVisible());
    clear->click();
    CHECK(page.model().rowCount() == 3);
    CHECK(page.findChild<QTableView*>()->isVisible());
    CHECK(priority->currentIndex() == 0);
}

TEST_CASE("an empty vault's case list says what to do next")
{
    test::DomainFixture domain;
    auto carlos = domain.as(QStringLiteral("carlos"));
    CasesPage page(sourceFor(*carlos));
    page.show();
    bool saysWhatToDo = false;
    for (QLabel* label : page.findChildren<QLabel*>())
        saysWhatToDo = saysWhatToDo ||
                       (label->isVisible() && label->text().contains(QStringLiteral("import")));
    CHECK(saysWhatToDo);
    CHECK_FALSE(named<QPushButton>(page, QStringLiteral("Clear the filters"))->isVisible());
}

TEST_CASE("activating a row of the case list names the case to open")
{
    CasesPageWorld world;
    CasesPage page(sourceFor(*world.bea));
    page.show();
    QSignalSpy activated(&page, &CasesPage::caseActivated);
    auto* table = page.findChild<QTableView*>();
    table->setFocus();
    table->setCurrentIndex(page.model().index(0, CaseListModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == page.model().caseAt(0)->id);
}

TEST_CASE("the country and assignee filters narrow the list to one country's or one person's cases")
{
    CasesPageWorld world;
    CaseService cases(*world.bea);
    Case elsewhere = test::sampleCase(QStringLiteral("Disappearance of a student in Guerrero"));
    elsewhere.country = QStringLiteral("MX");
    const Case mexican = cases.create(elsewhere);
    cases.assign(mexican.id, world.domain.userId(QStringLiteral("carlos")));
    CasesPage page(sourceFor(*world.bea));
    page.setAssignees({{world.domain.userId(QStringLiteral("bea")), QStringLiteral("Bea")},
                       {world.domain.userId(QStringLiteral("carlos")), QStringLiteral("Carlos")}},
                      world.domain.userId(QStringLiteral("bea")));
    page.show();
    REQUIRE(page.model().rowCount() == 4);

    auto* country = named<QComboBox>(page, QStringLiteral("Country filter"));
    country->setCurrentIndex(country->findData(QStringLiteral("MX")));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(page.model().caseAt(0)->id == mexican.id);
    country->setCurrentIndex(0);

    auto* assignee = named<QComboBox>(page, QStringLiteral("Assignee filter"));
    assignee->setCurrentIndex(assignee->findText(QStringLiteral("Assigned to Carlos")));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(page.model().caseAt(0)->id == mexican.id);
}
