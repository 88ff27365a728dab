#include "common/LanguageSwitch.h"

#include "CaseTabWorld.h"
#include "Retranslation.h"
#include "cases/CaseEditor.h"
#include "cases/CasesSection.h"
#include "common/LanguageBox.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <catch2/catch.hpp>
#include <memory>

using namespace amparo;

namespace {

// A main window of bea's, showing the world's case in its editor.
std::unique_ptr<ui::MainWindow> windowOnCase(test::CaseTabWorld& world)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->openSession(world.domain.as(QStringLiteral("bea")));
    window->show();
    auto* workspace = window->findChild<ui::Workspace*>();
    REQUIRE(workspace);
    workspace->casesSection()->openCase(world.caseId);
    return window;
}

// The menus' titles and their entries, as the menu bar offers them.
QStringList menuTexts(ui::MainWindow& window)
{
    QStringList texts;
    for (QAction* menu : window.menuBar()->actions()) {
        texts << menu->text();
        for (QAction* entry : menu->menu()->actions())
            texts << entry->text() + QLatin1Char('\t') + entry->statusTip();
    }
    return texts;
}

ui::Workspace& workspaceOf(ui::MainWindow& window)
{
    return *window.findChild<ui::Workspace*>();
}

ui::CaseEditor& editorOf(ui::MainWindow& window)
{
    return workspaceOf(window).casesSection()->editor();
}

// Chooses `language` in Settings, as a person would.
void chooseInSettings(ui::MainWindow& window, const QString& language)
{
    auto* box = window.findChild<ui::LanguageBox*>();
    REQUIRE(box);
    const int index = box->findData(language);
    REQUIRE(index > 0);
    box->setCurrentIndex(index);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("choosing a language in Settings retranslates the sidebar, the menus and an open case "
          "editor at once, and Arabic lays the window out right to left")
{
    test::LanguageScope scope;
    test::CaseTabWorld world;
    std::unique_ptr<ui::MainWindow> window = windowOnCase(world);
    const QStringList englishSections = workspaceOf(*window).sectionLabels();
    const QStringList englishMenus = menuTexts(*window);

    for (const char* code : {"fr", "es", "ru", "ar"}) {
        const QString language = QString::fromLatin1(code);
        INFO("language " << code);
        chooseInSettings(*window, language);
        CHECK(scope.translations().language() == language);
        // What a window opened in this language shows.
        std::unique_ptr<ui::MainWindow> fresh = windowOnCase(world);
        CHECK(workspaceOf(*window).sectionLabels() != englishSections);
        CHECK(workspaceOf(*window).sectionLabels() == workspaceOf(*fresh).sectionLabels());
        CHECK(menuTexts(*window) != englishMenus);
        CHECK(menuTexts(*window) == menuTexts(*fresh));
        CHECK(test::visibleTexts(editorOf(*window)) == test::visibleTexts(editorOf(*fresh)));
        const Qt::LayoutDirection expected =
            language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
        CHECK(QApplication::layoutDirection() == expected);
        CHECK(window->layoutDirection() == expected);
    }

    chooseInSettings(*window, QStringLiteral("en"));
    CHECK(workspaceOf(*window).sectionLabels() == englishSections);
    CHECK(menuTexts(*window) == englishMenus);
    CHECK(window->layoutDirection() == Qt::LeftToRight);
}
