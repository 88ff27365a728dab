#include "organisations/OrganisationsPage.h"

#include "DomainFixture.h"
#include "Named.h"
#include "common/DecryptedData.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationEditor.h"
#include "organisations/OrganisationService.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::OrganisationListModel;
using ui::OrganisationsPage;

namespace {

Organisation organisation(const QString& name, const QString& kind, const QString& country)
{
    Organisation o;
    o.name = name;
    o.kind = kind;
    o.country = country;
    return o;
}

struct OrganisationsWorld
{
    OrganisationsWorld() : holder(domain.as(QStringLiteral("bea")))
    {
        OrganisationService organisations(holder.session());
        organisations.create(organisation(QStringLiteral("Centro Prodh"), QStringLiteral("member"),
                                          QStringLiteral("MX")));
        organisations.create(organisation(QStringLiteral("Rehabilitation Centre Tunis"),
                                          QStringLiteral("provider"), QStringLiteral("TN")));
        organisations.create(
            organisation(QStringLiteral("Ministry of Interior"), QStringLiteral("authority"), {}));
    }

    test::DomainFixture domain;
    ui::SessionHolder holder;
};

QString cell(OrganisationListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("the organisations list is sorted by name and filters by kind")
{
    OrganisationsWorld world;
    OrganisationsPage page(world.holder);
    page.show();
    REQUIRE(page.model().rowCount() == 3);
    CHECK(cell(page.model(), 0, OrganisationListModel::NameColumn) ==
          QStringLiteral("Centro Prodh"));
    CHECK(cell(page.model(), 0, OrganisationListModel::KindColumn) ==
          QStringLiteral("Network member"));
    CHECK(cell(page.model(), 0, OrganisationListModel::CountryColumn) == QStringLiteral("Mexico"));

    auto* kind = named<QComboBox>(page, QStringLiteral("Kind filter"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("provider")));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(cell(page.model(), 0, OrganisationListModel::NameColumn) ==
          QStringLiteral("Rehabilitation Centre Tunis"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("donor")));
    CHECK(page.model().rowCount() == 0);
    bool saysWhy = false;
    for (QLabel* label : page.findChildren<QLabel*>())
        saysWhy =
            saysWhy || (label->isVisible() && label->text().contains(QStringLiteral("All kinds")));
    CHECK(saysWhy);
}

TEST_CASE("a caseworker adds an organisation through the editor and sees it listed")
{
    OrganisationsWorld world;
    OrganisationsPage page(world.holder);
    page.show();
    named<QPushButton>(page, QStringLiteral("New organisation"))->click();
    auto* editor = page.findChild<ui::OrganisationEditor*>();
    REQUIRE(editor);
    QTest::keyClicks(named<QLineEdit>(*editor, QStringLiteral("Organisation name")),
                     QStringLiteral("Alkarama Lawyers"));
    auto* kind = named<QComboBox>(*editor, QStringLiteral("Kind of organisation"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("partner")));
    named<QPlainTextEdit>(*editor, QStringLiteral("Contact"))
        ->setPlainText(QStringLiteral("+41 22 734 10 06\ninfo@example.org"));
    named<QPushButton>(*editor, QStringLiteral("Save the organisation"))->click();

    const auto found =
        OrganisationService(world.holder.session()).findByName(QStringLiteral("Alkarama Lawyers"));
    REQUIRE(found);
    CHECK(found->kind == QStringLiteral("partner"));
    CHECK(page.model().rowCount() == 4);
    CHECK(cell(page.model(), 0, OrganisationListModel::NameColumn) ==
          QStringLiteral("Alkarama Lawyers"));
    CHECK(cell(page.model(), 0, OrganisationListModel::ContactColumn) ==
          QStringLiteral("+41 22 734 10 06"));
}

TEST_CASE("an organisation without a name is refused in the editor and nothing is saved")
{
    OrganisationsWorld world;
    ui::OrganisationEditor editor(world.holder, std::nullopt);
    editor.show();
    named<QPushButton>(editor, QStringLiteral("Save the organisation"))->click();
    CHECK(named<QLabel>(editor, QStringLiteral("Problem"))->isVisible());
    CHECK(editor.isVisible());
    CHECK(OrganisationService(world.holder.session()).list().size() == 3);
}

TEST_CASE("fund managers, finance and auditors read organisations but are not offered to add one")
{
    OrganisationsWorld world;
    for (const char* login : {"dara", "fatima", "eli"}) {
        INFO(login);
        ui::SessionHolder holder(world.domain.as(QString::fromLatin1(login)));
        OrganisationsPage page(holder);
        page.show();
        CHECK(page.model().rowCount() == 3);
        CHECK_FALSE(named<QPushButton>(page, QStringLiteral("New organisation"))->isVisible());
    }
    ui::SessionHolder admin(world.domain.as(QStringLiteral("ana")));
    OrganisationsPage page(admin);
    page.show();
    CHECK(named<QPushButton>(page, QStringLiteral("New organisation"))->isVisible());
}

TEST_CASE("locking empties the organisations list")
{
    OrganisationsWorld world;
    OrganisationsPage page(world.holder);
    CHECK(ui::decryptedItemsHeld() == 3);
    world.holder.lock();
    CHECK(page.model().rowCount() == 0);
    CHECK(ui::decryptedItemsHeld() == 0);
}
