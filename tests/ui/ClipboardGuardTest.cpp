#include "common/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using namespace std::chrono_literals;

TEST_CASE("text copied from a field is marked secret and cleared after the delay")
{
    ui::ClipboardGuard guard;
    guard.setClearAfter(50ms); // instead of 30 seconds
    QLineEdit field;
    field.show();
    QApplication::setActiveWindow(&field);
    REQUIRE(QTest::qWaitForWindowActive(&field));
    field.setText(QStringLiteral("Zainab Al-Khawaja, +973 3900 0000"));
    field.selectAll();
    field.copy();
    QClipboard* clipboard = QApplication::clipboard();
    REQUIRE(clipboard->text() == field.text());
    CHECK(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")) == "secret");
    CHECK(guard.isGuarding());
    REQUIRE(QTest::qWaitFor([&] { return clipboard->text().isEmpty(); }, 5000));
}

TEST_CASE("a newer copy is not cleared by the older copy's timer, and locking clears at once")
{
    ui::ClipboardGuard guard;
    guard.setClearAfter(1h);
    QLineEdit window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QApplication::clipboard()->setText(QStringLiteral("AMP-2026-0042"));
    CHECK(guard.isGuarding());
    QApplication::clipboard()->setText(QStringLiteral("AMP-2026-0043"));
    CHECK(QApplication::clipboard()->text() == QStringLiteral("AMP-2026-0043"));
    guard.clearNow();
    CHECK(QApplication::clipboard()->text().isEmpty());
}

TEST_CASE("a copy made while no window of Amparo is in use is another program's, left alone")
{
    ui::ClipboardGuard guard;
    guard.setClearAfter(1ms);
    QApplication::setActiveWindow(nullptr);
    REQUIRE(QGuiApplication::focusWindow() == nullptr);
    QApplication::clipboard()->setText(QStringLiteral("from another program"));
    CHECK_FALSE(guard.isGuarding());
    guard.clearNow();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("from another program"));
}
