#include "main/RecoveryResetDialog.h"

#include "common/BusyIndicator.h"
#include "common/NewPassphraseFields.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "vault/Kdf.h"
#include "vault/SecureBytes.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace amparo {
namespace ui {

RecoveryResetDialog::RecoveryResetDialog(SessionHolder& holder, const QString& login,
                                         QWidget* parent)
    : QDialog(parent), m_holder(holder), m_login(login), m_intro(new QLabel(this)),
      m_recoveryKey(new QLineEdit(this)), m_recoveryKeyLabel(new QLabel(this)),
      m_passphrase(new NewPassphraseFields(this)), m_busy(new BusyIndicator(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_reset(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_intro->setWordWrap(true);
    m_recoveryKey->setEchoMode(QLineEdit::Password);
    m_recoveryKeyLabel->setBuddy(m_recoveryKey);

    auto* form = new QFormLayout;
    form->addRow(m_recoveryKeyLabel, m_recoveryKey);
    m_passphrase->addRowsTo(form);
    QWidget::setTabOrder(m_passphrase->setTabOrderAfter(m_recoveryKey), m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoveryResetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoveryResetDialog::reject);
    connect(m_recoveryKey, &QLineEdit::textChanged, this, &RecoveryResetDialog::updateOkButton);
    connect(m_passphrase, &NewPassphraseFields::changed, this,
            &RecoveryResetDialog::updateOkButton);
    connect(&m_holder, &SessionHolder::aboutToLock, this, &QDialog::close);
    retranslate();
    updateOkButton();
}

void RecoveryResetDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecoveryResetDialog::retranslate()
{
    setWindowTitle(tr("Reset the passphrase of %1").arg(m_login));
    m_intro->setText(tr("Type the vault's recovery key, as printed when the vault was created, "
                        "and a new passphrase for %1. Tell them to change it at their next login.")
                         .arg(m_login));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    m_recoveryKeyLabel->setText(tr("&Recovery key:"));
    m_passphrase->retranslate(tr("New &passphrase:"), tr("A&gain:"));
    m_reset->setText(tr("&Reset the passphrase"));
    if (m_isBusy)
        showProgress();
}

void RecoveryResetDialog::showProgress()
{
    m_busy->start(tr("Checking the recovery key and deriving the new key…"));
}

void RecoveryResetDialog::updateOkButton()
{
    m_reset->setEnabled(!m_isBusy && !m_recoveryKey->text().trimmed().isEmpty() &&
                        m_passphrase->isAcceptable());
}

void RecoveryResetDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_recoveryKey->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        showProgress();
    else
        m_busy->stop();
    updateOkButton();
}

void RecoveryResetDialog::accept()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    auto recoveryKey = std::make_shared<SecureBytes>(passphraseFromText(m_recoveryKey->text()));
    m_recoveryKey->clear();
    auto passphrase = std::make_shared<SecureBytes>(m_passphrase->take());
    const QString login = m_login;
    setBusy(true);
    m_holder.run(
        this,
        [login, recoveryKey, passphrase](Session& session) {
            // The reset opens the vault as that user; that session ends at once.
            auto reset = Vault::resetPassphraseWithRecoveryKey(
                session.layout().directory, *recoveryKey, login, *passphrase,
                KdfParams::forProfile(KdfProfile::Moderate), session.clock());
            reset->lock();
            return true;
        },
        [this](Outcome<bool> outcome) {
            setBusy(false);
            if (outcome.error) {
                showWarning(this, outcome.error->message());
                return;
            }
            QDialog::accept();
        });
}

void RecoveryResetDialog::reject()
{
    if (!m_isBusy)
        QDialog::reject();
}

} // namespace ui
} // namespace amparo
