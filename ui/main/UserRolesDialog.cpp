#include "main/UserRolesDialog.h"

#include "common/ErrorLabel.h"
#include "main/SessionHolder.h"
#include "util/Error.h"
#include "vault/UserAdministration.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

UserRolesDialog::UserRolesDialog(SessionHolder& holder, const auth::User& user, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_login(user.login), m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Roles of %1").arg(user.login));
    auto* rolesBox = new QGroupBox(tr("Roles"), this);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    for (const auth::Role role : auth::kAllRoles) {
        auto* box = new QCheckBox(auth::roleLabel(role), rolesBox);
        box->setAccessibleName(tr("Role: %1").arg(auth::roleLabel(role)));
        box->setProperty("role", static_cast<int>(role));
        box->setChecked(user.roles.has(role));
        rolesLayout->addWidget(box);
        m_roles.push_back(box);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save the roles"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rolesBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserRolesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserRolesDialog::reject);
    connect(&m_holder, &SessionHolder::aboutToLock, this, &QDialog::close);
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
