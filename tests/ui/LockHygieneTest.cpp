#include "DomainFixture.h"
#include "Named.h"
#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "main/MainWindow.h"
#include "vault/SecureBytes.h"
#include "vault/Session.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

QAction* actionWithShortcut(QWidget& window, const QKeySequence& shortcut)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == shortcut)
            return action;
    }
    FAIL("no action with shortcut " << shortcut.toString().toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("locking the main window wipes the master key and leaves no decrypted rows in memory")
{
    test::DomainFixture domain;
    const QString reference =
        CaseService(*domain.as(QStringLiteral("bea"))).create(test::sampleCase()).reference;
    std::unique_ptr<Session> admin = domain.as(QStringLiteral("ana"));
    const unsigned char* keyBuffer = admin->masterKey().data();

    ui::MainWindow window;
    window.openSession(std::move(admin));
    window.show();
    // The users panel lists the vault's users; a case summary is previewed in memory.
    REQUIRE(QTest::qWaitFor([] { return ui::decryptedItemsHeld() >= 8; }, 10000));
    actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))->trigger();
    auto* dialog = window.findChild<QDialog*>();
    REQUIRE(dialog);
    named<QLineEdit>(*dialog, QStringLiteral("Case reference"))->setText(reference);
    const int rowsBeforePreview = ui::decryptedItemsHeld();
    named<QPushButton>(*dialog, QStringLiteral("Preview the summary"))->click();
    REQUIRE(QTest::qWaitFor([&] { return ui::decryptedItemsHeld() > rowsBeforePreview; }, 20000));

    bool keyWipedToZero = false;
    setWipeObserverForTesting([&](const unsigned char* data, std::size_t size) {
        if (data == keyBuffer)
            keyWipedToZero = std::all_of(data, data + size, [](unsigned char b) { return b == 0; });
    });
    QSignalSpy locked(&window, &ui::MainWindow::locked);
    actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_L))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return locked.count() == 1; }, 10000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    setWipeObserverForTesting({});

    CHECK(keyWipedToZero);
    CHECK(ui::decryptedItemsHeld() == 0);
    CHECK(window.findChildren<QDialog*>().isEmpty());
}
