#include "unlock/AdministratorPage.h"

#include "auth/User.h"
#include "common/ErrorLabel.h"
#include "util/Error.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AdministratorPage::AdministratorPage(QWidget* parent)
    : QWizardPage(parent), m_login(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_error(new ErrorLabel(this))
{
    setTitle(tr("The first administrator"));
    setSubTitle(tr("This person adds the other users and manages the vault. Caseworkers, fund "
                   "managers and others are added once the vault exists."));
    m_login->setAccessibleName(tr("User name of the administrator"));
    m_login->setPlaceholderText(tr("for example: maria.lopez"));
    m_login->setMaxLength(64);
    m_displayName->setAccessibleName(tr("Full name of the administrator"));
    m_displayName->setPlaceholderText(tr("for example: María López"));
    registerField(QStringLiteral("adminLogin*"), m_login);
    registerField(QStringLiteral("adminDisplayName"), m_displayName);

    auto* loginHint = new QLabel(tr("Typed at every login: lower-case letters a–z, digits, '.', "
                                    "'_' and '-'."),
                                 this);
    loginHint->setWordWrap(true);
    auto* nameHint = new QLabel(tr("What others see in the vault's records."), this);
    nameHint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(QString(), loginHint);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(QString(), nameHint);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_login, &QLineEdit::textChanged, m_error, &ErrorLabel::clearError);
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
