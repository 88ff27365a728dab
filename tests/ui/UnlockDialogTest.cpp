#include "unlock/UnlockDialog.h"

#include "TestSupport.h"
#include "common/ErrorLabel.h"
#include "vault/Session.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;

namespace {

QLineEdit* passphraseField(ui::UnlockDialog& dialog)
{
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            return edit;
    }
    return nullptr;
}

void typeAndUnlock(ui::UnlockDialog& dialog, const QString& passphrase)
{
    QLineEdit* field = passphraseField(dialog);
    REQUIRE(field);
    QTest::keyClicks(field, passphrase);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

TEST_CASE("the unlock dialog opens the vault with the right passphrase without blocking")
{
    test::VaultFixture vault;
    ui::UnlockDialog dialog;
    dialog.prefill(vault.directory, QStringLiteral("ana"));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeAndUnlock(dialog, vault.adminPassphrase);
    // The key is derived on a worker thread: the dialog answers while it runs.
    REQUIRE(accepted.wait(20000));
    std::unique_ptr<Session> session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->user().login == QStringLiteral("ana"));
    CHECK(passphraseField(dialog)->text().isEmpty());
}

TEST_CASE("a wrong passphrase shows the core's message in the dialog and clears the field")
{
    test::VaultFixture vault;
    ui::UnlockDialog dialog;
    dialog.prefill(vault.directory, QStringLiteral("ana"));
    dialog.show();
    typeAndUnlock(dialog, QStringLiteral("not the passphrase"));
    auto* error = dialog.findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible() && !error->text().isEmpty(); }, 20000));
    CHECK(error->text().contains(QStringLiteral("Wrong user name or passphrase")));
    CHECK(passphraseField(dialog)->text().isEmpty());
    CHECK(dialog.result() != QDialog::Accepted);
    // Ready for the next attempt.
    CHECK(passphraseField(dialog)->isEnabled());
}
