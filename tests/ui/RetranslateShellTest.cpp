#include "DomainFixture.h"
#include "Named.h"
#include "Retranslation.h"
#include "common/BusyIndicator.h"
#include "common/CountryBox.h"
#include "common/ErrorLabel.h"
#include "common/LanguageSwitch.h"
#include "common/OptionalDateEdit.h"
#include "common/PassphraseStrengthMeter.h"
#include "i18n/Translations.h"
#include "main/AboutDialog.h"
#include "main/AddUserDialog.h"
#include "main/ChangePassphraseDialog.h"
#include "main/NoticeBanner.h"
#include "main/RecoveryResetDialog.h"
#include "main/SessionHolder.h"
#include "main/UserRolesDialog.h"
#include "main/UsersPanel.h"
#include "main/VaultOverviewPage.h"
#include "unlock/CreateVaultWizard.h"
#include "unlock/RestoreBackupDialog.h"
#include "unlock/UnlockDialog.h"
#include "vault/UserAdministration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

const char* const kLanguages[] = {"fr", "es", "ru", "ar"};

// Checks `build` in every language; the screens here are cheap to build.
void requireRetranslatesInEveryLanguage(const std::function<std::unique_ptr<QWidget>()>& build)
{
    for (const char* language : kLanguages)
        test::requireRetranslates(QString::fromLatin1(language), build);
}

// What the wizard's pages say in their header and on their buttons, shown or not.
QStringList pageTexts(QWizard& wizard)
{
    QStringList texts;
    for (const int id : wizard.pageIds()) {
        QWizardPage* page = wizard.page(id);
        texts << page->title() << page->subTitle() << page->buttonText(QWizard::NextButton)
              << page->buttonText(QWizard::FinishButton);
    }
    return texts;
}

// A half-typed, mismatched new passphrase, so the strength and the mismatch
// show. The fields are found by what they are, since their names follow the
// language the screen is built in: the new one and its confirmation come last.
void typeMismatchedPassphrases(QWidget& dialog)
{
    QList<QLineEdit*> secret;
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            secret << edit;
    }
    REQUIRE(secret.size() >= 2);
    secret.at(secret.size() - 2)->setText(QStringLiteral("lantern"));
    secret.last()->setText(QStringLiteral("lanterns"));
}

} // namespace

TEST_CASE("the first-run wizard retranslates every page at once when its language box changes")
{
    Translations translations;
    translations.use(QStringLiteral("en"));
    ui::setApplicationTranslations(&translations);
    ui::CreateVaultWizard wizard;
    wizard.show();
    auto* language = named<QComboBox>(wizard, QStringLiteral("Language"));
    const QStringList english = test::visibleTexts(wizard) + pageTexts(wizard);

    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    CHECK(translations.language() == QStringLiteral("fr"));
    const QStringList switched = test::visibleTexts(wizard) + pageTexts(wizard);
    ui::CreateVaultWizard fresh;
    fresh.show();
    CHECK(switched != english);
    CHECK(switched == test::visibleTexts(fresh) + pageTexts(fresh));

    // Back to the system's language, which is English where the tests run.
    language->setCurrentIndex(0);
    QCoreApplication::processEvents();
    ui::setApplicationTranslations(nullptr);
    CHECK(test::visibleTexts(wizard) + pageTexts(wizard) == english);
}

TEST_CASE("the wizard and the unlock and restore dialogs retranslate themselves")
{
    requireRetranslatesInEveryLanguage([] {
        auto wizard = std::make_unique<ui::CreateVaultWizard>();
        wizard->show(); // only then does it show its first page's title
        return wizard;
    });
    requireRetranslatesInEveryLanguage([] { return std::make_unique<ui::RestoreBackupDialog>(); });
    requireRetranslatesInEveryLanguage([] {
        auto dialog = std::make_unique<ui::UnlockDialog>();
        dialog->prefill(QStringLiteral("/srv/vaults/network"), QStringLiteral("ana"));
        // The notice the application shows after a lock, said again in the new language.
        dialog->setNotice([] {
            return QCoreApplication::translate(
                       "amparo::ui::AppController",
                       "The vault was locked at %1. Enter your passphrase to continue.")
                .arg(QStringLiteral("10:30"));
        });
        return dialog;
    });
}

TEST_CASE("the wizard's first page says what is wrong with the folder again in the new language")
{
    requireRetranslatesInEveryLanguage([] {
        auto wizard = std::make_unique<ui::CreateVaultWizard>();
        wizard->show();
        // A file where a folder is wanted; by the field's name, which no language changes.
        wizard->setField(QStringLiteral("vaultDirectory"), QCoreApplication::applicationFilePath());
        return wizard;
    });
}

TEST_CASE("the dialogs of users and passphrases retranslate themselves")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("ana")));
    auth::User bea;
    for (const auth::User& user : UserAdministration(holder.session()).users()) {
        if (user.login == QStringLiteral("bea"))
            bea = user;
    }
    REQUIRE(bea.roles.has(auth::Role::Caseworker));
    requireRetranslatesInEveryLanguage([&holder] {
        auto dialog = std::make_unique<ui::AddUserDialog>(holder);
        typeMismatchedPassphrases(*dialog);
        return dialog;
    });
    requireRetranslatesInEveryLanguage([&holder] {
        auto dialog = std::make_unique<ui::ChangePassphraseDialog>(holder);
        typeMismatchedPassphrases(*dialog);
        return dialog;
    });
    requireRetranslatesInEveryLanguage([&holder] {
        return std::make_unique<ui::RecoveryResetDialog>(holder, QStringLiteral("bea"));
    });
    requireRetranslatesInEveryLanguage(
        [&holder, &bea] { return std::make_unique<ui::UserRolesDialog>(holder, bea); });
}

TEST_CASE("the users table and the vault overview retranslate themselves")
{
    test::DomainFixture domain;
    ui::SessionHolder holder(domain.as(QStringLiteral("ana")));
    requireRetranslatesInEveryLanguage(
        [&holder] { return std::make_unique<ui::UsersPanel>(holder, true); });
    requireRetranslatesInEveryLanguage(
        [&holder] { return std::make_unique<ui::VaultOverviewPage>(holder); });
}

TEST_CASE("the About dialog, the notice banner and the shared controls retranslate themselves")
{
    requireRetranslatesInEveryLanguage([] { return std::make_unique<ui::AboutDialog>(); });
    requireRetranslatesInEveryLanguage([] {
        // The banner's own words and the notice it gives, both in the new language.
        return std::make_unique<ui::NoticeBanner>(
            [] { return QCoreApplication::translate("amparo::ui::MainWindow", "Locked"); });
    });
    requireRetranslatesInEveryLanguage([] {
        auto controls = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(controls.get());
        layout->addWidget(new ui::CountryBox(controls.get()));
        layout->addWidget(
            new ui::OptionalDateEdit(QStringLiteral("Incident date"), controls.get()));
        auto* meter = new ui::PassphraseStrengthMeter(controls.get());
        meter->showStrengthOf(QStringLiteral("lantern river"));
        layout->addWidget(meter);
        layout->addWidget(new ui::ErrorLabel(controls.get()));
        layout->addWidget(new ui::BusyIndicator(controls.get()));
        return controls;
    });
}

TEST_CASE("a date that may be unknown is named again by its owner in the new language")
{
    ui::OptionalDateEdit date(QStringLiteral("Incident date"));
    date.setDateName(QStringLiteral("Date de l'incident"));
    CHECK(named<QWidget>(date, QStringLiteral("Date de l'incident")));
    CHECK(date.knownBox()->accessibleName().contains(QStringLiteral("Date de l'incident")));
}
