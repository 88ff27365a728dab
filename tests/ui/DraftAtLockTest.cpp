#include "DomainFixture.h"
#include "Named.h"
#include "cases/CaseEditor.h"
#include "cases/CaseService.h"
#include "cases/CaseSummaryForm.h"
#include "cases/CasesSection.h"
#include "common/DecryptedData.h"
#include "drafts/DraftStore.h"
#include "main/IdleWatcher.h"
#include "main/MainWindow.h"
#include "vault/Session.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using namespace std::chrono_literals;
using amparo::test::named;

namespace {

// Idle time runs out at once: the watcher's timeout is the clock tests set.
void runOutIdleTime(ui::MainWindow& window)
{
    QSignalSpy locked(&window, &ui::MainWindow::locked);
    auto* idle = window.findChild<ui::IdleWatcher*>();
    idle->setTimeout(1ms);
    idle->start();
    REQUIRE(QTest::qWaitFor([&] { return locked.count() == 1; }, 5000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("an auto-lock keeps unsaved case edits as a draft, offered back after the next unlock")
{
    test::DomainFixture domain;
    const Case c = CaseService(*domain.as(QStringLiteral("bea"))).create(test::sampleCase());
    ui::MainWindow window;
    window.openSession(domain.as(QStringLiteral("bea")));
    window.show();
    auto* section = window.findChild<ui::CasesSection*>();
    REQUIRE(section);
    CHECK(section->draftOffer().isEmpty());
    section->openCase(c.id);
    auto* title = named<QLineEdit>(section->editor(), QStringLiteral("Title"));
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" in Manila"));

    runOutIdleTime(window);
    CHECK(window.findChild<ui::CasesSection*>() == nullptr);
    CHECK(ui::decryptedItemsHeld() == 0);
    CHECK(CaseService(*domain.as(QStringLiteral("bea"))).get(c.id).title == c.title);

    window.openSession(domain.as(QStringLiteral("bea")));
    section = window.findChild<ui::CasesSection*>();
    REQUIRE(section);
    CHECK(section->draftOffer().contains(c.reference));
    section->restoreOfferedDraft();
    REQUIRE(section->isEditing());
    ui::CaseEditor& editor = section->editor();
    CHECK(editor.reference() == c.reference);
    CHECK(editor.isModified());
    CHECK(named<QLineEdit>(editor, QStringLiteral("Title"))->text() ==
          c.title + QStringLiteral(" in Manila"));
    CHECK(section->draftOffer().isEmpty());
    REQUIRE(editor.save());
    CHECK(CaseService(*domain.as(QStringLiteral("bea"))).get(c.id).title ==
          c.title + QStringLiteral(" in Manila"));
}

TEST_CASE("a new case being written when the vault locks is kept, and can be discarded")
{
    test::DomainFixture domain;
    ui::MainWindow window;
    window.openSession(domain.as(QStringLiteral("bea")));
    window.show();
    auto* section = window.findChild<ui::CasesSection*>();
    section->startNewCase();
    QTest::keyClicks(named<QLineEdit>(section->editor(), QStringLiteral("Title")),
                     QStringLiteral("Raid on a women's shelter"));
    runOutIdleTime(window);

    window.openSession(domain.as(QStringLiteral("bea")));
    section = window.findChild<ui::CasesSection*>();
    CHECK(section->draftOffer().contains(QStringLiteral("new case")));
    // Another user does not see it.
    CHECK(DraftStore(*domain.as(QStringLiteral("carlos"))).mine().empty());
    section->discardOfferedDraft();
    CHECK(section->draftOffer().isEmpty());
    CHECK(DraftStore(*domain.as(QStringLiteral("bea"))).mine().empty());
    CHECK(CaseService(*domain.as(QStringLiteral("bea"))).count({}) == 0);
}
