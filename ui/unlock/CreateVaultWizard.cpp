#include "unlock/CreateVaultWizard.h"

#include "unlock/AdministratorPage.h"
#include "unlock/CreateVaultPage.h"
#include "unlock/KdfProfilePage.h"
#include "unlock/PassphrasePage.h"
#include "unlock/RecoveryKeyPage.h"
#include "unlock/VaultLocationPage.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAbstractButton>
#include <QEvent>

namespace amparo {
namespace ui {

CreateVaultWizard::CreateVaultWizard(QWidget* parent)
    : QWizard(parent), m_kdfPage(new KdfProfilePage(this)),
      m_recoveryPage(new RecoveryKeyPage(this))
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(LocationPageId, new VaultLocationPage(this));
    setPage(AdministratorPageId, new AdministratorPage(this));
    setPage(PassphrasePageId, new PassphrasePage(this));
    setPage(KdfProfilePageId, m_kdfPage);
    setPage(CreatePageId, new CreateVaultPage(this));
    setPage(RecoveryKeyPageId, m_recoveryPage);
    setMinimumSize(680, 520);
    connect(this, &QWizard::currentIdChanged, this, &CreateVaultWizard::updateButtons);
    retranslate();
}

void CreateVaultWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void CreateVaultWizard::retranslate()
{
    setWindowTitle(tr("Create a new vault — Amparo"));
    // QWizard names its own buttons only when it makes them; a page's own
    // names ("Create the vault") are set again by that page.
    for (const WizardButton which :
         {BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        button(which)->setText(currentPage() ? currentPage()->buttonText(which)
                                             : buttonText(which));
    }
}

CreateVaultWizard::~CreateVaultWizard() = default;

KdfProfile CreateVaultWizard::kdfProfile() const
{
    return m_kdfPage->profile();
}

void CreateVaultWizard::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CreateVaultWizard::updateButtons()
{
    QList<QWizard::WizardButton> buttons{QWizard::Stretch};
    if (!m_busy && currentId() != RecoveryKeyPageId)
        buttons << QWizard::BackButton;
    // The creation page moves on by itself: it never needs its commit button.
    buttons << QWizard::NextButton << QWizard::FinishButton;
    if (!m_busy && currentId() != RecoveryKeyPageId)
        buttons << QWizard::CancelButton;
    setButtonLayout(buttons);
}

void CreateVaultWizard::setCreated(CreatedVault created)
{
    m_session = std::move(created.session);
    m_recoveryKey = std::move(created.recoveryKey);
    m_passphrase.clear();
}

std::unique_ptr<Session> CreateVaultWizard::takeSession()
{
    return std::move(m_session);
}

QString CreateVaultWizard::vaultDirectory() const
{
    return m_session ? m_session->layout().directory
                     : field(QStringLiteral("vaultDirectory")).toString();
}

void CreateVaultWizard::reject()
{
    // Once the vault exists the only way out is past the recovery key.
    if (m_busy || m_session)
        return;
    QWizard::reject();
}

void CreateVaultWizard::done(int result)
{
    m_recoveryPage->forgetKey();
    m_recoveryKey.clear();
    m_passphrase.clear();
    QWizard::done(result);
}

} // namespace ui
} // namespace amparo
