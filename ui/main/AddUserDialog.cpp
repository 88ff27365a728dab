#include "main/AddUserDialog.h"

#include "auth/Role.h"
#include "common/BusyIndicator.h"
#include "common/NewPassphraseFields.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "vault/Kdf.h"
#include "vault/UserAdministration.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace amparo {
namespace ui {

AddUserDialog::AddUserDialog(SessionHolder& holder, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_login(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_loginLabel(new QLabel(this)),
      m_displayNameLabel(new QLabel(this)), m_rolesBox(new QGroupBox(this)),
      m_passphrase(new NewPassphraseFields(this)), m_busy(new BusyIndicator(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_add(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_login->setMaxLength(64);
    m_loginLabel->setBuddy(m_login);
    m_displayNameLabel->setBuddy(m_displayName);

    auto* rolesLayout = new QVBoxLayout(m_rolesBox);
    for (const auth::Role role : auth::kAllRoles) {
        auto* box = new QCheckBox(m_rolesBox);
        box->setProperty("role", static_cast<int>(role));
        rolesLayout->addWidget(box);
        m_roles.push_back(box);
        connect(box, &QCheckBox::toggled, this, &AddUserDialog::updateOkButton);
    }

    // The fields were created before the role boxes: follow the layout instead.
    QWidget* previous = m_displayName;
    for (QCheckBox* box : m_roles) {
        QWidget::setTabOrder(previous, box);
        previous = box;
    }
    previous = m_passphrase->setTabOrderAfter(previous);
    QWidget::setTabOrder(previous, m_buttons);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_displayNameLabel, m_displayName);
    auto* passphraseForm = new QFormLayout;
    m_passphrase->addRowsTo(passphraseForm);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_rolesBox);
    layout->addLayout(passphraseForm);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &AddUserDialog::updateOkButton);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &AddUserDialog::updateOkButton);
    connect(&m_holder, &SessionHolder::aboutToLock, this, &QDialog::close);
    retranslate();
    updateOkButton();
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddUserDialog::retranslate()
{
    setWindowTitle(tr("Add a user"));
    m_login->setAccessibleName(tr("User name"));
    m_login->setToolTip(tr("Lower-case letters a–z, digits, '.', '_' and '-'."));
    m_displayName->setAccessibleName(tr("Full name"));
    m_loginLabel->setText(tr("&User name:"));
    m_displayNameLabel->setText(tr("&Full name:"));
    m_rolesBox->setTitle(tr("Roles"));
    for (QCheckBox* box : m_roles) {
        const QString role =
            auth::roleLabel(static_cast<auth::Role>(box->property("role").toInt()));
        box->setText(role);
        box->setAccessibleName(tr("Role: %1").arg(role));
    }
    m_passphrase->retranslate(tr("&Passphrase:"), tr("A&gain:"));
    m_add->setText(tr("&Add user"));
    if (m_isBusy)
        showProgress();
}

void AddUserDialog::showProgress()
{
    m_busy->start(tr("Deriving a key for the new user…"));
}

void AddUserDialog::updateOkButton()
{
    const bool anyRole = std::any_of(m_roles.begin(), m_roles.end(),
                                     [](const QCheckBox* box) { return box->isChecked(); });
    m_add->setEnabled(!m_isBusy && !m_login->text().trimmed().isEmpty() && anyRole &&
                      m_passphrase->isAcceptable());
}

void AddUserDialog::setBusy(bool busy)
{
    m_isBusy = busy;
    for (QWidget* widget : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (widget != m_busy)
            widget->setEnabled(!busy);
    }
    if (busy)
        showProgress();
    else
        m_busy->stop();
    updateOkButton();
}

void AddUserDialog::accept()
{
    auth::RoleSet roles;
    for (const QCheckBox* box : m_roles) {
        if (box->isChecked())
            roles.add(static_cast<auth::Role>(box->property("role").toInt()));
    }
    auto passphrase = std::make_shared<SecureBytes>(m_passphrase->take());
    const QString login = m_login->text();
    const QString displayName = m_displayName->text();
    setBusy(true);
    m_holder.run(
        this,
        [login, displayName, roles, passphrase](Session& session) {
            return UserAdministration(session).addUser(login, displayName, roles, *passphrase,
                                                       KdfParams::forProfile(KdfProfile::Moderate));
        },
        [this](Outcome<qint64> outcome) {
            setBusy(false);
            if (outcome.error) {
                showWarning(this, outcome.error->message());
                m_passphrase->setFocus();
                return;
            }
            QDialog::accept();
        });
}

void AddUserDialog::reject()
{
    if (!m_isBusy)
        QDialog::reject();
}

} // namespace ui
} // namespace amparo
