#include "main/UserRolesDialog.h"

#include "common/ErrorLabel.h"
#include "main/SessionHolder.h"
#include "util/Error.h"
#include "vault/UserAdministration.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

UserRolesDialog::UserRolesDialog(SessionHolder& holder, const auth::User& user, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_login(user.login), m_rolesBox(new QGroupBox(this)),
      m_error(new ErrorLabel(this)), m_buttons(new QDialogButtonBox(this)),
      m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto* rolesLayout = new QVBoxLayout(m_rolesBox);
    for (const auth::Role role : auth::kAllRoles) {
        auto* box = new QCheckBox(m_rolesBox);
        box->setProperty("role", static_cast<int>(role));
        box->setChecked(user.roles.has(role));
        rolesLayout->addWidget(box);
        m_roles.push_back(box);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rolesBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserRolesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserRolesDialog::reject);
    connect(&m_holder, &SessionHolder::aboutToLock, this, &QDialog::close);
    retranslate();
}

void UserRolesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UserRolesDialog::retranslate()
{
    setWindowTitle(tr("Roles of %1").arg(m_login));
    m_rolesBox->setTitle(tr("Roles"));
    for (QCheckBox* box : m_roles) {
        const QString role =
            auth::roleLabel(static_cast<auth::Role>(box->property("role").toInt()));
        box->setText(role);
        box->setAccessibleName(tr("Role: %1").arg(role));
    }
    m_save->setText(tr("&Save the roles"));
}

void UserRolesDialog::accept()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    auth::RoleSet roles;
    for (const QCheckBox* box : m_roles) {
        if (box->isChecked())
            roles.add(static_cast<auth::Role>(box->property("role").toInt()));
    }
    try {
        UserAdministration(m_holder.session()).setRoles(m_login, roles);
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
