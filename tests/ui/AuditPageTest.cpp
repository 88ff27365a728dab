#include "audit/AuditPage.h"

#include "DomainFixture.h"
#include "Named.h"
#include "audit/AuditTableModel.h"
#include "cases/CaseService.h"
#include "main/SessionHolder.h"
#include "main/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

void choose(QComboBox* combo, const QString& name)
{
    const int index = combo->findData(name);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("audit filters narrow the entries shown to an auditor")
{
    test::DomainFixture domain;
    const Case opened = CaseService(*domain.as(QStringLiteral("bea"))).create(test::sampleCase());
    ui::SessionHolder holder(domain.as(QStringLiteral("eli")));
    ui::AuditPage page(holder);
    page.show();
    const ui::AuditTableModel& model = page.model();
    const int everything = model.rowCount();
    REQUIRE(everything > 10);

    choose(named<QComboBox>(page, QStringLiteral("User filter")), QStringLiteral("bea"));
    REQUIRE(model.rowCount() > 0);
    REQUIRE(model.rowCount() < everything);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, ui::AuditTableModel::UserColumn).data() == QStringLiteral("bea"));

    choose(named<QComboBox>(page, QStringLiteral("Record type filter")), QStringLiteral("case"));
    REQUIRE(model.rowCount() == 1);
    // Labels, never stored names: the act in words, the case by its reference.
    CHECK(model.index(0, ui::AuditTableModel::ActionColumn).data() ==
          QStringLiteral("Case opened"));
    CHECK(model.index(0, ui::AuditTableModel::RecordTypeColumn).data() == QStringLiteral("Case"));
    CHECK(model.index(0, ui::AuditTableModel::RecordColumn).data() == opened.reference);
    CHECK(model.index(0, ui::AuditTableModel::ChangesColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Arbitrary detention of a journalist")));

    QTest::keyClicks(named<QLineEdit>(page, QStringLiteral("Search the audit trail")),
                     QStringLiteral("no such words anywhere"));
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 0; }, 5000));
    CHECK(named<QLabel>(page, QStringLiteral("Number of audit entries"))
              ->text()
              .contains(QStringLiteral("Clear the filters")));
    named<QPushButton>(page, QStringLiteral("Clear the filters"))->click();
    CHECK(model.rowCount() == everything);
}

TEST_CASE("verifying the audit trail from the audit page reports it intact")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("ana")));
    ui::AuditPage page(holder);
    page.show();
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Verify the audit trail")),
                      Qt::LeftButton);
    auto* result = named<QLabel>(page, QStringLiteral("Result of the audit trail verification"));
    REQUIRE(QTest::qWaitFor([&] { return result->text().startsWith(QStringLiteral("Intact")); },
                            10000));
}
