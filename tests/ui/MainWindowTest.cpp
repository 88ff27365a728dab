#include "main/MainWindow.h"

#include "DomainFixture.h"
#include "main/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <catch2/catch.hpp>

using namespace amparo;

namespace {

QMenu* menuTitled(ui::MainWindow& window, const QString& title)
{
    for (QAction* action : window.menuBar()->actions())
        if (action->menu() && action->text().remove(QLatin1Char('&')) == title)
            return action->menu();
    FAIL("no menu " << title.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the Go menu reaches every section from the keyboard, and the toolbar shows when open")
{
    test::DomainFixture domain;
    ui::MainWindow window;
    CHECK_FALSE(menuTitled(window, QStringLiteral("Go"))->isEnabled());
    window.openSession(domain.as(QStringLiteral("eli")));
    window.show();
    auto* workspace = window.findChild<ui::Workspace*>();
    QMenu* go = menuTitled(window, QStringLiteral("Go"));
    REQUIRE(go->isEnabled());
    QStringList entries;
    for (QAction* action : go->actions())
        entries << action->text().replace(QStringLiteral("&&"), QStringLiteral("&"));
    CHECK(entries == workspace->sectionLabels());
    go->actions().at(7)->trigger(); // the auditor's eighth section: Audit
    CHECK(workspace->currentSection() == 7);
    CHECK(workspace->sectionLabels().at(7) == QStringLiteral("Audit"));
    CHECK(go->actions().at(7)->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_8));
    CHECK(window.findChild<QToolBar*>()->isVisible());
}

TEST_CASE("locking empties the clipboard of what was copied from the vault")
{
    test::DomainFixture domain;
    ui::MainWindow window;
    window.openSession(domain.as(QStringLiteral("bea")));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QApplication::clipboard()->setText(QStringLiteral("Zainab Al-Khawaja"));
    REQUIRE(QApplication::clipboard()->mimeData()->hasFormat(
        QStringLiteral("x-kde-passwordManagerHint")));
    QSignalSpy locked(&window, &ui::MainWindow::locked);
    window.lock();
    REQUIRE(locked.count() == 1);
    CHECK(QApplication::clipboard()->text().isEmpty());
    CHECK_FALSE(menuTitled(window, QStringLiteral("Go"))->isEnabled());
}

TEST_CASE("the window opens again on the section last shown, by what it is rather than where")
{
    test::DomainFixture domain;
    ui::MainWindow window;
    window.openSession(domain.as(QStringLiteral("dara")));
    auto* workspace = window.findChild<ui::Workspace*>();
    workspace->showSection(QStringLiteral("tasks"));
    CHECK(workspace->currentSection() == 6);
    window.lock();
    // A caseworker has no Funds & Ledger before Tasks: it is still Tasks.
    window.openSession(domain.as(QStringLiteral("bea")));
    workspace = window.findChild<ui::Workspace*>();
    CHECK(workspace->currentSectionKey() == QStringLiteral("tasks"));
    CHECK(workspace->sectionLabels().at(workspace->currentSection()) == QStringLiteral("Tasks"));
}
