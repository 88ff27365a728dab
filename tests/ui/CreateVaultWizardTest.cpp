#include "unlock/CreateVaultWizard.h"

#include "Named.h"
#include "common/AppSettings.h"
#include "unlock/UnlockDialog.h"
#include "vault/Session.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;
using ui::CreateVaultWizard;

namespace {

const QString kPassphrase = QStringLiteral("lantern river ninety cobalt");

} // namespace

TEST_CASE("a new vault is created with the wizard, its recovery key shown once, and then unlocked")
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("network-vault"));
    CreateVaultWizard wizard;
    wizard.show();

    named<QLineEdit>(wizard, QStringLiteral("Folder for the new vault"))->setText(folder);
    // The interface's language is chosen on the first page, for this computer.
    auto* language = named<QComboBox>(wizard, QStringLiteral("Language"));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    CHECK(ui::AppSettings::language() == QStringLiteral("fr"));
    language->setCurrentIndex(0);
    CHECK(ui::AppSettings::language().isEmpty());
    wizard.next();
    REQUIRE(wizard.currentId() == CreateVaultWizard::AdministratorPageId);
    named<QLineEdit>(wizard, QStringLiteral("User name of the administrator"))
        ->setText(QStringLiteral("ana"));
    named<QLineEdit>(wizard, QStringLiteral("Full name of the administrator"))
        ->setText(QStringLiteral("Ana Suárez"));
    wizard.next();
    REQUIRE(wizard.currentId() == CreateVaultWizard::PassphrasePageId);

    // A weak passphrase is refused on its page, with the core's reason.
    named<QLineEdit>(wizard, QStringLiteral("New passphrase"))->setText(QStringLiteral("short"));
    named<QLineEdit>(wizard, QStringLiteral("Confirm the new passphrase"))
        ->setText(QStringLiteral("short"));
    wizard.next();
    CHECK(wizard.currentId() == CreateVaultWizard::PassphrasePageId);
    named<QLineEdit>(wizard, QStringLiteral("New passphrase"))->setText(kPassphrase);
    named<QLineEdit>(wizard, QStringLiteral("Confirm the new passphrase"))->setText(kPassphrase);
    wizard.next();
    REQUIRE(wizard.currentId() == CreateVaultWizard::KdfProfilePageId);

    for (QRadioButton* choice : wizard.findChildren<QRadioButton*>())
        if (choice->text() == QStringLiteral("&Quick"))
            choice->setChecked(true);
    wizard.next(); // creates the vault, on a worker thread
    REQUIRE(QTest::qWaitFor(
        [&] { return wizard.currentId() == CreateVaultWizard::RecoveryKeyPageId; }, 60000));

    // The key is shown once; finishing needs the confirmation that it was stored.
    QString shownKey;
    for (QLabel* label : wizard.findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Recovery key"))
            shownKey = label->text();
    // Eight groups of four characters, to copy by hand.
    CHECK(QRegularExpression(QStringLiteral("^(\\w{4}-){7}\\w{4}$")).match(shownKey).hasMatch());
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    named<QCheckBox>(wizard, QStringLiteral("I have stored the recovery key in a safe place"))
        ->setChecked(true);
    REQUIRE(finish->isEnabled());
    finish->click();
    std::unique_ptr<Session> created = wizard.takeSession();
    REQUIRE(created);
    CHECK(created->user().login == QStringLiteral("ana"));
    created->lock();
    created.reset();

    ui::UnlockDialog unlock;
    unlock.prefill(folder, QStringLiteral("ana"));
    unlock.show();
    QSignalSpy accepted(&unlock, &QDialog::accepted);
    QLineEdit* passphrase = nullptr;
    for (QLineEdit* edit : unlock.findChildren<QLineEdit*>())
        if (edit->echoMode() == QLineEdit::Password)
            passphrase = edit;
    REQUIRE(passphrase);
    QTest::keyClicks(passphrase, kPassphrase);
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(accepted.wait(30000));
    std::unique_ptr<Session> opened = unlock.takeSession();
    REQUIRE(opened);
    CHECK(opened->user().displayName == QStringLiteral("Ana Suárez"));
}
