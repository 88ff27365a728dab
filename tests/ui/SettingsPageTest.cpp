#include "settings/SettingsPage.h"

#include "DomainFixture.h"
#include "Named.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "main/MainWindow.h"
#include "main/SessionHolder.h"
#include "settings/Settings.h"
#include "tasks/TaskService.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

void retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

QStringList tabsOf(ui::SettingsPage& page)
{
    auto* tabs = named<QTabWidget>(page, QStringLiteral("Settings"));
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names << tabs->tabText(i);
    return names;
}

} // namespace

TEST_CASE("an administrator changes the auto-lock minutes and the case prefix in the vault")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("ana")));
    ui::SettingsPage page(holder);
    page.show();
    CHECK(tabsOf(page) == QStringList{QStringLiteral("This vault"), QStringLiteral("Users"),
                                      QStringLiteral("Preferences")});
    QSignalSpy autoLock(&page, &ui::SettingsPage::autoLockMinutesChanged);
    retype(named<QSpinBox>(page, QStringLiteral("Auto-lock minutes")), QStringLiteral("5"));
    retype(named<QLineEdit>(page, QStringLiteral("Case reference prefix")), QStringLiteral("HRD"));
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Save the vault settings")),
                      Qt::LeftButton);

    CHECK(page.findChild<ui::ErrorLabel*>()->isHidden());
    db::Database& database = holder.session().database();
    CHECK(settings::integer(database, settings::kAutoLockMinutes) == 5);
    CHECK(settings::value(database, settings::kCaseReferencePrefix) == QStringLiteral("HRD"));
    REQUIRE(autoLock.count() == 1);
    CHECK(autoLock.first().first().toInt() == 5);
}

TEST_CASE("an invalid setting shows the core's message and nothing is saved")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("ana")));
    ui::SettingsPage page(holder);
    page.show();
    db::Database& database = holder.session().database();
    const qint64 minutesBefore = settings::integer(database, settings::kAutoLockMinutes);
    const QString prefixBefore = settings::value(database, settings::kCaseReferencePrefix);
    retype(named<QSpinBox>(page, QStringLiteral("Auto-lock minutes")), QStringLiteral("3"));
    retype(named<QLineEdit>(page, QStringLiteral("Case reference prefix")),
           QStringLiteral("9 lives"));
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Save the vault settings")),
                      Qt::LeftButton);

    // Shown in the Preferences tab (not the current one in this test).
    auto* error = page.findChild<ui::ErrorLabel*>();
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(QStringLiteral("case reference prefix")));
    CHECK(settings::integer(database, settings::kAutoLockMinutes) == minutesBefore);
    CHECK(settings::value(database, settings::kCaseReferencePrefix) == prefixBefore);

    retype(named<QSpinBox>(page, QStringLiteral("Auto-lock minutes")), QStringLiteral("0"));
    retype(named<QLineEdit>(page, QStringLiteral("Case reference prefix")), QStringLiteral("HRD"));
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Save the vault settings")),
                      Qt::LeftButton);
    CHECK(error->text().contains(QStringLiteral("auto_lock_minutes")));
    CHECK(settings::value(database, settings::kCaseReferencePrefix) == prefixBefore);
}

TEST_CASE("a caseworker sees the vault settings read-only and no users tab")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("bea")));
    ui::SettingsPage page(holder);
    page.show();
    CHECK(tabsOf(page) == QStringList{QStringLiteral("This vault"), QStringLiteral("Preferences")});
    CHECK(named<QSpinBox>(page, QStringLiteral("Auto-lock minutes"))->isReadOnly());
    CHECK(named<QLineEdit>(page, QStringLiteral("Case reference prefix"))->isReadOnly());
    CHECK(named<QLineEdit>(page, QStringLiteral("Approval threshold"))->isReadOnly());
    for (QPushButton* button : page.findChildren<QPushButton*>())
        CHECK(button->accessibleName() != QStringLiteral("Save the vault settings"));
}

TEST_CASE("locking a window showing tasks and the audit trail leaves no decrypted rows")
{
    test::DomainFixture domain;
    {
        auto bea = domain.as(QStringLiteral("bea"));
        Task task;
        task.title = QStringLiteral("Renew the protection request");
        task.assigneeId = bea->user().id;
        task.dueOn = QDate(2026, 3, 20);
        TaskService(*bea).create(task);
    }
    for (const char* login : {"bea", "eli"}) {
        INFO(login);
        ui::MainWindow window;
        window.openSession(domain.as(QString::fromLatin1(login)));
        window.show();
        REQUIRE(ui::decryptedItemsHeld() > 0);
        QSignalSpy locked(&window, &ui::MainWindow::locked);
        window.lock();
        REQUIRE(QTest::qWaitFor([&] { return locked.count() == 1; }, 10000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(ui::decryptedItemsHeld() == 0);
    }
}
