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

TEST_CASE("the sidebar offers each role the sections it may use, in the issue's order")
{
    test::DomainFixture domain;
    const auto labels = [&](const char* login) {
        ui::SessionHolder holder(domain.as(QString::fromLatin1(login)));
        return ui::Workspace(holder).sectionLabels();
    };
    const QString dashboard = QStringLiteral("Dashboard"), cases = QStringLiteral("Cases"),
                  people = QStringLiteral("People"),
                  organisations = QStringLiteral("Organisations"),
                  grants = QStringLiteral("Grants"), funds = QStringLiteral("Funds & Ledger"),
                  tasks = QStringLiteral("Tasks"), audit = QStringLiteral("Audit"),
                  settings = QStringLiteral("Settings");
    // A caseworker requests grants but reads neither the ledger nor the audit trail.
    CHECK(labels("bea") ==
          QStringList{dashboard, cases, people, organisations, grants, tasks, settings});
    // Finance and fund managers read cases too (payments are made for them).
    CHECK(labels("fatima") ==
          QStringList{dashboard, cases, people, organisations, grants, funds, tasks, settings});
    CHECK(labels("dara") ==
          QStringList{dashboard, cases, people, organisations, grants, funds, tasks, settings});
    for (const char* reader : {"eli", "ana"}) {
        INFO(reader);
        CHECK(labels(reader) == QStringList{dashboard, cases, people, organisations, grants, funds,
                                            tasks, audit, settings});
    }
}

TEST_CASE("choosing a case in the list opens it, and its summary is previewed from there")
{
    test::DomainFixture domain;
    const QString reference =
        CaseService(*domain.as(QStringLiteral("bea"))).create(test::sampleCase()).reference;
    ui::MainWindow window;
    window.openSession(domain.as(QStringLiteral("bea")));
    window.show();
    window.findChild<ui::Workspace*>()->showSection(QStringLiteral("cases"));
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
