#include "TestSupport.h"
#include "backup/Backup.h"
#include "common/ErrorLabel.h"
#include "unlock/RestoreBackupDialog.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;

namespace {

QLineEdit* fieldNamed(QWidget& dialog, const QString& accessibleName)
{
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton* restoreButton(QWidget& dialog)
{
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Restore"))
            return button;
    }
    FAIL("no Restore button");
    return nullptr;
}

} // namespace

TEST_CASE("the restore dialog restores a backup into a new folder that then unlocks")
{
    test::VaultFixture vault;
    test::TempFolder elsewhere;
    const QString file = elsewhere.path(QStringLiteral("vault.amparo-backup"));
    {
        auto admin = vault.openAdmin();
        writeBackup(*admin, file);
    }
    ui::RestoreBackupDialog dialog;
    dialog.show();
    QPushButton* restore = restoreButton(dialog);
    CHECK_FALSE(restore->isEnabled());
    QTest::keyClicks(fieldNamed(dialog, QStringLiteral("Backup file")), file);
    const QString target = elsewhere.path(QStringLiteral("restored"));
    QTest::keyClicks(fieldNamed(dialog, QStringLiteral("New vault folder")), target);
    REQUIRE(restore->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    restore->click();
    REQUIRE(accepted.wait(20000));
    CHECK(dialog.restoredDirectory() == target);
    auto session =
        Vault::open(target, vault.admin, test::secret(vault.adminPassphrase), vault.clock);
    CHECK(session->user().login == vault.admin);
}

TEST_CASE("the restore dialog shows why a damaged backup is refused")
{
    test::TempFolder elsewhere;
    const QString file = elsewhere.path(QStringLiteral("not-a-backup"));
    test::writeAll(file, QByteArrayLiteral("hello"));
    ui::RestoreBackupDialog dialog;
    dialog.show();
    QTest::keyClicks(fieldNamed(dialog, QStringLiteral("Backup file")), file);
    QTest::keyClicks(fieldNamed(dialog, QStringLiteral("New vault folder")),
                     elsewhere.path(QStringLiteral("restored")));
    restoreButton(dialog)->click();
    auto* error = dialog.findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible() && !error->text().isEmpty(); }, 20000));
    CHECK(error->text().contains(QStringLiteral("not an Amparo backup")));
    CHECK(dialog.isVisible());
}
