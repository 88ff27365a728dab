#include "unlock/AdministratorPage.h"

#include "auth/User.h"
#include "common/ErrorLabel.h"
#include "util/Error.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AdministratorPage::AdministratorPage(QWidget* parent)
    : QWizardPage(parent), m_login(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_error(new ErrorLabel(this)), m_loginLabel(new QLabel(this)), m_loginHint(new QLabel(this)),
      m_displayNameLabel(new QLabel(this)), m_displayNameHint(new QLabel(this))
{
    m_login->setMaxLength(64);
    registerField(QStringLiteral("adminLogin*"), m_login);
    registerField(QStringLiteral("adminDisplayName"), m_displayName);

    m_loginLabel->setBuddy(m_login);
    m_displayNameLabel->setBuddy(m_displayName);
    m_loginHint->setWordWrap(true);
    m_displayNameHint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(QString(), m_loginHint);
    form->addRow(QString(), m_error);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(QString(), m_displayNameHint);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_login, &QLineEdit::textChanged, m_error, &ErrorLabel::clearError);
    retranslate();
}

void AdministratorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AdministratorPage::retranslate()
{
    setTitle(tr("The first administrator"));
    setSubTitle(tr("This person adds the other users and manages the vault. Caseworkers, fund "
                   "managers and others are added once the vault exists."));
    m_login->setAccessibleName(tr("User name of the administrator"));
    m_login->setPlaceholderText(tr("for example: maria.lopez"));
    m_displayName->setAccessibleName(tr("Full name of the administrator"));
    m_displayName->setPlaceholderText(tr("for example: María López"));
    m_loginLabel->setText(tr("&User name:"));
    m_loginHint->setText(tr("Typed at every login: lower-case letters a–z, digits, '.', "
                            "'_' and '-'."));
    m_displayNameLabel->setText(tr("&Full name:"));
    m_displayNameHint->setText(tr("What others see in the vault's records."));
}

bool AdministratorPage::validatePage()
{
    try {
        m_login->setText(auth::normalizeLogin(m_login->text()));
        return true;
    } catch (const Error& error) {
        m_error->showError(error.message());
        m_login->setFocus();
        return false;
    }
}

} // namespace ui
} // namespace amparo
