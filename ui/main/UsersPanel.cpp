#include "main/UsersPanel.h"

#include "common/ListTable.h"
#include "common/Retranslate.h"
#include "common/Warning.h"
#include "main/AddUserDialog.h"
#include "main/RecoveryResetDialog.h"
#include "main/SessionHolder.h"
#include "main/UserRolesDialog.h"
#include "main/UsersTableModel.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

UsersPanel::UsersPanel(SessionHolder& holder, bool canManage, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_model(new UsersTableModel(this)),
      m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    setUpListTable(m_table, UsersTableModel::DisplayNameColumn);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    if (canManage) {
        m_add = new QPushButton(this);
        m_disable = new QPushButton(this);
        m_enable = new QPushButton(this);
        m_roles = new QPushButton(this);
        m_reset = new QPushButton(this);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_add);
        buttons->addStretch(1);
        buttons->addWidget(m_roles);
        buttons->addWidget(m_reset);
        buttons->addWidget(m_disable);
        buttons->addWidget(m_enable);
        layout->addLayout(buttons);
        connect(m_add, &QPushButton::clicked, this, &UsersPanel::addUser);
        connect(m_disable, &QPushButton::clicked, this, [this] { setSelectedEnabled(false); });
        connect(m_enable, &QPushButton::clicked, this, [this] { setSelectedEnabled(true); });
        connect(m_roles, &QPushButton::clicked, this, &UsersPanel::editSelectedRoles);
        connect(m_reset, &QPushButton::clicked, this, &UsersPanel::resetSelectedPassphrase);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &UsersPanel::updateButtons);
    }
    retranslate();
    refresh();
}

void UsersPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPanel::retranslate()
{
    m_table->setAccessibleName(tr("Users"));
    retranslateModel(*m_model);
    if (!m_add)
        return;
    m_add->setText(tr("&Add user…"));
    m_disable->setText(tr("Disa&ble"));
    m_enable->setText(tr("&Enable"));
    m_roles->setText(tr("&Roles…"));
    m_reset->setText(tr("Reset &passphrase…"));
    m_add->setAccessibleName(tr("Add a user"));
    m_disable->setAccessibleName(tr("Disable the user"));
    m_enable->setAccessibleName(tr("Enable the user"));
    m_roles->setAccessibleName(tr("Change the roles"));
    m_reset->setAccessibleName(tr("Reset the passphrase with the recovery key"));
    m_roles->setToolTip(tr("Change what the selected user may do."));
    m_reset->setToolTip(tr("Give the selected user a new passphrase with the vault's recovery "
                           "key, when they have forgotten theirs."));
    m_disable->setToolTip(tr("The selected user can no longer open the vault until enabled "
                             "again."));
}

void UsersPanel::refresh()
{
    try {
        m_model->setUsers(UserAdministration(m_holder.session()).users());
    } catch (const Error& error) {
        m_model->clear();
        showWarning(this, error.message());
    }
    updateButtons();
}

void UsersPanel::updateButtons()
{
    if (!m_disable || m_holder.isLocked())
        return;
    const auth::User* user = selectedUser();
    const bool isSelf = user && user->id == m_holder.session().user().id;
    m_disable->setEnabled(user && user->status == auth::UserStatus::Active && !isSelf);
    m_enable->setEnabled(user && user->status == auth::UserStatus::Disabled);
    m_roles->setEnabled(user && user->status != auth::UserStatus::Removed);
    // One's own passphrase is changed with the current one, not the recovery key.
    m_reset->setEnabled(user && user->status != auth::UserStatus::Removed && !isSelf);
}

const auth::User* UsersPanel::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPanel::editSelectedRoles()
{
    const auth::User* user = selectedUser();
    if (!user)
        return;
    auto* dialog = new UserRolesDialog(m_holder, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersPanel::refresh);
    dialog->open();
}

void UsersPanel::resetSelectedPassphrase()
{
    const auth::User* user = selectedUser();
    if (!user)
        return;
    auto* dialog = new RecoveryResetDialog(m_holder, user->login, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersPanel::refresh);
    dialog->open();
}

void UsersPanel::setSelectedEnabled(bool enabled)
{
    const auth::User* user = selectedUser();
    if (!user)
        return;
    const QString login = user->login;
    try {
        UserAdministration administration(m_holder.session());
        if (enabled)
            administration.enableUser(login);
        else
            administration.disableUser(login);
    } catch (const Error& error) {
        showWarning(this, error.message());
    }
    refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->userAt(row)->login == login)
            m_table->selectRow(row);
    }
}

void UsersPanel::addUser()
{
    auto* dialog = new AddUserDialog(m_holder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersPanel::refresh);
    dialog->open();
}

} // namespace ui
} // namespace amparo
