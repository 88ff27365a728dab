#include "unlock/CreateVaultPage.h"

#include "common/BackgroundTask.h"
#include "common/BusyIndicator.h"
#include "common/ErrorLabel.h"
#include "unlock/CreateVaultWizard.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <memory>

namespace amparo {
namespace ui {

CreateVaultPage::CreateVaultPage(QWidget* parent)
    : QWizardPage(parent), m_busy(new BusyIndicator(this)), m_error(new ErrorLabel(this))
{
    // Once the vault exists, going back would only invite creating it twice.
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    retranslate();
}

void CreateVaultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CreateVaultPage::retranslate()
{
    setTitle(tr("Creating the vault"));
    setSubTitle(tr("This takes a few seconds: the passphrase is turned into a key, and the new, "
                   "encrypted vault is written."));
    if (m_creating)
        showProgress();
    if (!m_failure.isEmpty())
        showFailure();
}

void CreateVaultPage::showProgress()
{
    m_busy->start(tr("Deriving the key and creating the vault…"));
}

void CreateVaultPage::showFailure()
{
    // The core's reason and the advice are two sentences, translated apart.
    m_error->showError(QStringLiteral("%1\n%2").arg(
        m_failure, tr("Go back to change the folder or the settings, then try again.")));
}

CreateVaultPage::~CreateVaultPage()
{
    m_pool.waitForDone();
}

void CreateVaultPage::initializePage()
{
    m_created = false;
    m_failure.clear();
    m_error->clearError();
    create();
}

bool CreateVaultPage::isComplete() const
{
    return m_created;
}

void CreateVaultPage::create()
{
    auto* owner = qobject_cast<CreateVaultWizard*>(wizard());
    auto request = std::make_shared<NewVault>();
    request->directory =
        QDir::fromNativeSeparators(field(QStringLiteral("vaultDirectory")).toString().trimmed());
    request->adminLogin = field(QStringLiteral("adminLogin")).toString();
    request->adminDisplayName = field(QStringLiteral("adminDisplayName")).toString();
    // A copy, so that after a failure the wizard can try again with the same passphrase.
    request->passphrase = owner->passphrase().clone();
    request->kdf = KdfParams::forProfile(owner->kdfProfile());

    owner->setBusy(true);
    m_creating = true;
    showProgress();
    runInBackground(
        &m_pool, this, [request] { return Vault::create(std::move(*request), Clock::system()); },
        [this, owner](Outcome<CreatedVault> outcome) {
            m_creating = false;
            m_busy->stop();
            owner->setBusy(false);
            if (outcome.error) {
                m_failure = outcome.error->message();
                showFailure();
                return;
            }
            owner->setCreated(std::move(*outcome.value));
            m_created = true;
            Q_EMIT completeChanged();
            owner->next();
        });
}

} // namespace ui
} // namespace amparo
