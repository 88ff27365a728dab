#include "common/NewPassphraseFields.h"

#include "common/ErrorLabel.h"
#include "common/PassphraseStrength.h"
#include "common/PassphraseStrengthMeter.h"
#include "vault/Kdf.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace amparo {
namespace ui {

NewPassphraseFields::NewPassphraseFields(QWidget* parent)
    : QObject(parent), m_passphraseLabel(new QLabel(parent)), m_strengthLabel(new QLabel(parent)),
      m_confirmationLabel(new QLabel(parent)), m_passphrase(new QLineEdit(parent)),
      m_confirmation(new QLineEdit(parent)), m_meter(new PassphraseStrengthMeter(parent)),
      m_mismatch(new ErrorLabel(parent))
{
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmationLabel->setBuddy(m_confirmation);
    for (QLineEdit* edit : {m_passphrase, m_confirmation}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, &NewPassphraseFields::onEdited);
    }
}

void NewPassphraseFields::addRowsTo(QFormLayout* form)
{
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_strengthLabel, m_meter);
    form->addRow(m_confirmationLabel, m_confirmation);
    form->addRow(QString(), m_mismatch);
}

void NewPassphraseFields::retranslate(const QString& passphraseLabel,
                                      const QString& confirmationLabel)
{
    m_passphraseLabel->setText(passphraseLabel);
    m_strengthLabel->setText(tr("Strength:"));
    m_confirmationLabel->setText(confirmationLabel);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_confirmation->setAccessibleName(tr("Confirm the new passphrase"));
    m_passphrase->setToolTip(
        tr("At least %n character(s). Several unrelated words make a passphrase that is both "
           "strong and easy to remember.",
           nullptr, kMinimumPassphraseLength));
    showMismatch();
}

void NewPassphraseFields::setEnabled(bool enabled)
{
    m_passphrase->setEnabled(enabled);
    m_confirmation->setEnabled(enabled);
}

void NewPassphraseFields::setFocus()
{
    m_passphrase->setFocus();
}

QWidget* NewPassphraseFields::setTabOrderAfter(QWidget* previous)
{
    QWidget::setTabOrder(previous, m_passphrase);
    QWidget::setTabOrder(m_passphrase, m_confirmation);
    return m_confirmation;
}

bool NewPassphraseFields::isAcceptable() const
{
    const PassphraseStrength strength = PassphraseStrength::estimate(m_passphrase->text());
    return strength.level != PassphraseStrength::Level::TooShort &&
           m_passphrase->text() == m_confirmation->text();
}

SecureBytes NewPassphraseFields::take()
{
    SecureBytes passphrase = passphraseFromText(m_passphrase->text());
    clear();
    return passphrase;
}

void NewPassphraseFields::clear()
{
    m_passphrase->clear();
    m_confirmation->clear();
}

void NewPassphraseFields::onEdited()
{
    m_meter->showStrengthOf(m_passphrase->text());
    showMismatch();
    Q_EMIT changed();
}

void NewPassphraseFields::showMismatch()
{
    const QString confirmation = m_confirmation->text();
    // Only complain once the second field is as long as the first.
    if (!confirmation.isEmpty() && confirmation.size() >= m_passphrase->text().size() &&
        confirmation != m_passphrase->text())
        m_mismatch->showError(tr("The two passphrases are not the same."));
    else
        m_mismatch->clearError();
}

} // namespace ui
} // namespace amparo
