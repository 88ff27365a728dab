#include "main/Workspace.h"

#include "DomainFixture.h"
#include "Named.h"
#include "cases/CaseEditor.h"
#include "cases/CaseService.h"
#include "cases/CasesPage.h"
#include "dashboard/DashboardPage.h"
#include "exports/CaseSummaryDialog.h"
#include "funds/FundsLedgerSection.h"
#include "funds/ReportsPage.h"
#include "main/MainWindow.h"
#include "main/SessionHolder.h"

#include <QComboBox>
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

TEST_CASE("a figure of the dashboard opens the list it counts in its section")
{
    test::DomainFixture domain;
    CaseService(*domain.as(QStringLiteral("bea"))).create(test::sampleCase());
    ui::SessionHolder holder(domain.as(QStringLiteral("dara")));
    ui::Workspace workspace(holder);
    auto* dashboard = workspace.findChild<ui::DashboardPage*>();
    REQUIRE(dashboard);
    const QStringList sections = workspace.sectionLabels();
    const auto shown = [&] {
        return sections.at(workspace.currentSection());
    };

    CaseFilter active;
    active.statuses = {QStringLiteral("active")};
    Q_EMIT dashboard->casesRequested(active);
    CHECK(shown() == QStringLiteral("Cases"));
    auto* cases = workspace.findChild<ui::CasesPage*>();
    CHECK(cases->model().filter().statuses == QStringList{QStringLiteral("active")});
    CHECK(named<QComboBox>(*cases, QStringLiteral("Status filter"))->currentData() ==
          QStringLiteral("active"));

    Q_EMIT dashboard->assistanceRequested(QStringLiteral("relocation"));
    CHECK(cases->model().filter().assistanceType == QStringLiteral("relocation"));
    CHECK(cases->model().filter().statuses.isEmpty()); // a new list, not added to the last
    CHECK(named<QComboBox>(*cases, QStringLiteral("Assistance filter"))->currentData() ==
          QStringLiteral("relocation"));

    Q_EMIT dashboard->pendingApprovalsRequested();
    CHECK(shown() == QStringLiteral("Grants"));
    Q_EMIT dashboard->overdueTasksRequested();
    CHECK(shown() == QStringLiteral("Tasks"));
    Q_EMIT dashboard->disbursementsRequested(0, QDate(2026, 3, 1));
    CHECK(shown() == QStringLiteral("Funds & Ledger"));
    auto* funds = workspace.findChild<ui::FundsLedgerSection*>();
    CHECK(funds->tabs().currentWidget() == workspace.findChild<ui::ReportsPage*>());
    QStringList tabs;
    for (int tab = 0; tab < funds->tabs().count(); ++tab)
        tabs << funds->tabs().tabText(tab).remove(QLatin1Char('&'));
    CHECK(tabs == QStringList{QStringLiteral("Funds"), QStringLiteral("Journal"),
                              QStringLiteral("Reports")});
}
