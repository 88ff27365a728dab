#include "unlock/PassphrasePage.h"

#include "common/ErrorLabel.h"
#include "common/NewPassphraseFields.h"
#include "unlock/CreateVaultWizard.h"
#include "util/Error.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

PassphrasePage::PassphrasePage(QWidget* parent)
    : QWizardPage(parent), m_fields(new NewPassphraseFields(this)), m_error(new ErrorLabel(this)),
      m_advice(new QLabel(this))
{
    m_advice->setWordWrap(true);
    auto* form = new QFormLayout;
    m_fields->addRowsTo(form);
    form->addRow(QString(), m_error);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_advice);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_fields, &NewPassphraseFields::changed, this, &QWizardPage::completeChanged);
    connect(m_fields, &NewPassphraseFields::changed, m_error, &ErrorLabel::clearError);
    retranslate();
}

void PassphrasePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PassphrasePage::retranslate()
{
    setTitle(tr("The administrator's passphrase"));
    setSubTitle(tr("It opens the vault. Nobody can recover it for you: if it is lost, only the "
                   "recovery key shown at the end can replace it."));
    m_advice->setText(tr("Use at least %n character(s). A few unrelated words, such as "
                         "“lantern river ninety cobalt”, are strong and easy to remember. "
                         "Do not reuse a passphrase from another service.",
                         nullptr, kMinimumPassphraseLength));
    m_fields->retranslate(tr("&Passphrase:"), tr("&Again:"));
}

void PassphrasePage::initializePage()
{
    m_fields->clear();
    m_fields->setFocus();
}

void PassphrasePage::cleanupPage()
{
    m_fields->clear();
}

bool PassphrasePage::isComplete() const
{
    return m_fields->isAcceptable();
}

bool PassphrasePage::validatePage()
{
    SecureBytes passphrase = m_fields->take();
    try {
        requireAcceptablePassphrase(passphrase);
    } catch (const Error& error) {
        m_error->showError(error.message());
        m_fields->setFocus();
        return false;
    }
    qobject_cast<CreateVaultWizard*>(wizard())->setPassphrase(std::move(passphrase));
    return true;
}

} // namespace ui
} // namespace amparo
