#include "main/Workspace.h"

#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "cases/CasesPage.h"
#include "exports/CaseSummaryDialog.h"
#include "main/MainWindow.h"
#include "main/SessionHolder.h"

#include <QListWidget>
#include <QPdfDocument>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;

TEST_CASE("the sidebar offers cases, people and organisations to every role that reads cases")
{
    test::DomainFixture domain;
    const QStringList expected{QStringLiteral("Cases"), QStringLiteral("People"),
                               QStringLiteral("Organisations"), QStringLiteral("Vault and users")};
    // Finance and fund managers read cases too (payments are made for them);
    // administrators and auditors read every case.
    for (const char* login : {"bea", "fatima", "dara", "eli", "ana"}) {
        INFO(login);
        ui::SessionHolder holder(domain.as(QString::fromLatin1(login)));
        CHECK(ui::Workspace(holder).sectionLabels() == expected);
    }
}

TEST_CASE("choosing a case in the list previews its summary")
{
    test::DomainFixture domain;
    const QString reference =
        CaseService(*domain.as(QStringLiteral("bea"))).create(test::sampleCase()).reference;
    ui::MainWindow window;
    window.openSession(domain.as(QStringLiteral("bea")));
    window.show();
    auto* page = window.findChild<ui::CasesPage*>();
    REQUIRE(page);
    REQUIRE(page->model().rowCount() == 1);
    auto* table = page->findChild<QTableView*>();
    table->setFocus();
    table->setCurrentIndex(page->model().index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* dialog = window.findChild<ui::CaseSummaryDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog->hasPreview(); }, 20000));
    CHECK(dialog->suggestedFileName().startsWith(reference));
}
