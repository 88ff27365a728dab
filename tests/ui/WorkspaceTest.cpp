#include "main/Workspace.h"

#include "DomainFixture.h"
#include "Named.h"
#include "cases/CaseEditor.h"
#include "cases/CaseService.h"
#include "cases/CasesPage.h"
#include "exports/CaseSummaryDialog.h"
#include "main/MainWindow.h"
#include "main/SessionHolder.h"

#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

TEST_CASE("the sidebar offers the case list to every role that reads cases, and the vault")
{
    test::DomainFixture domain;
    ui::SessionHolder caseworker(domain.as(QStringLiteral("bea")));
    CHECK(ui::Workspace(caseworker).sectionLabels() ==
          QStringList{QStringLiteral("Cases"), QStringLiteral("Vault and users")});
    ui::SessionHolder finance(domain.as(QStringLiteral("fatima")));
    // Finance reads cases too (payments are made for them).
    CHECK(ui::Workspace(finance).sectionLabels() ==
          QStringList{QStringLiteral("Cases"), QStringLiteral("Vault and users")});
}

TEST_CASE("choosing a case in the list opens it, and its summary is previewed from there")
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
    auto* editor = window.findChild<ui::CaseEditor*>();
    REQUIRE(editor->isVisible());
    CHECK(editor->reference() == reference);
    named<QPushButton>(*editor, QStringLiteral("Summary PDF"))->click();
    auto* dialog = window.findChild<ui::CaseSummaryDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog->hasPreview(); }, 20000));
    CHECK(dialog->suggestedFileName().startsWith(reference));
}
