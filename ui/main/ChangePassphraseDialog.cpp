#include "main/ChangePassphraseDialog.h"

#include "common/BusyIndicator.h"
#include "common/NewPassphraseFields.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "vault/Kdf.h"
#include "vault/UserAdministration.h"

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

ChangePassphraseDialog::ChangePassphraseDialog(SessionHolder& holder, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_intro(new QLabel(this)), m_current(new QLineEdit(this)),
      m_currentLabel(new QLabel(this)), m_next(new NewPassphraseFields(this)),
      m_busy(new BusyIndicator(this)), m_buttons(new QDialogButtonBox(this)),
      m_change(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_currentLabel->setBuddy(m_current);
    m_intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    m_next->addRowsTo(form);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(500);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateOkButton);
    connect(m_next, &NewPassphraseFields::changed, this, &ChangePassphraseDialog::updateOkButton);
    connect(&m_holder, &SessionHolder::aboutToLock, this, &QDialog::close);
    retranslate();
    updateOkButton();
}

void ChangePassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangePassphraseDialog::retranslate()
{
    setWindowTitle(tr("Change my passphrase"));
    m_intro->setText(tr("Your new passphrase takes effect the next time you open the vault. Other "
                        "users are not affected."));
    m_current->setAccessibleName(tr("Current passphrase"));
    m_currentLabel->setText(tr("C&urrent passphrase:"));
    m_next->retranslate(tr("&New passphrase:"), tr("&Again:"));
    m_change->setText(tr("&Change passphrase"));
    if (m_isBusy)
        showProgress();
}

void ChangePassphraseDialog::showProgress()
{
    m_busy->start(tr("Checking the current passphrase and deriving the new key…"));
}

void ChangePassphraseDialog::updateOkButton()
{
    m_change->setEnabled(!m_isBusy && !m_current->text().isEmpty() && m_next->isAcceptable());
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    m_current->setEnabled(!busy);
    m_next->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        showProgress();
    else
        m_busy->stop();
    updateOkButton();
}

void ChangePassphraseDialog::accept()
{
    auto current = std::make_shared<SecureBytes>(passphraseFromText(m_current->text()));
    m_current->clear();
    auto next = std::make_shared<SecureBytes>(m_next->take());
    setBusy(true);
    m_holder.run(
        this,
        [current, next](Session& session) {
            UserAdministration(session).changeOwnPassphrase(
                *current, *next, KdfParams::forProfile(KdfProfile::Moderate));
            return true;
        },
        [this](Outcome<bool> outcome) {
            setBusy(false);
            if (outcome.error) {
                showWarning(this, outcome.error->message());
                m_current->setFocus();
                return;
            }
            QDialog::accept();
        });
}

void ChangePassphraseDialog::reject()
{
    if (!m_isBusy)
        QDialog::reject();
}

} // namespace ui
} // namespace amparo
