#include "main/VaultOverviewPage.h"

#include "auth/Permission.h"
#include "common/RoleText.h"
#include "main/AuditPanel.h"
#include "main/SessionHolder.h"
#include "main/UsersPanel.h"
#include "vault/Session.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QLabel* selectableLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QGroupBox* groupAround(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

VaultOverviewPage::VaultOverviewPage(SessionHolder& holder, QWidget* parent) : QWidget(parent)
{
    const auth::RoleSet roles = holder.session().user().roles;
    const bool canManageUsers = auth::rolesAllow(roles, auth::Permission::ManageUsers);
    const bool canReadAudit = auth::rolesAllow(roles, auth::Permission::ReadAuditTrail);

    auto* heading = new QLabel(tr("Vault"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(createIdentityBox(holder));
    if (canManageUsers || canReadAudit)
        layout->addWidget(
            groupAround(tr("Users"), new UsersPanel(holder, canManageUsers, this), this), 1);
    if (canReadAudit)
        layout->addWidget(groupAround(tr("Audit trail"), new AuditPanel(holder, this), this));
    layout->addStretch(canManageUsers || canReadAudit ? 0 : 1);
}

QWidget* VaultOverviewPage::createIdentityBox(SessionHolder& holder)
{
    const Session& session = holder.session();
    const auth::User& user = session.user();
    auto* box = new QGroupBox(tr("This vault"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Folder:"),
                 selectableLabel(QDir::toNativeSeparators(session.layout().directory), box));
    form->addRow(tr("Signed in as:"),
                 selectableLabel(tr("%1 (%2)").arg(user.displayName, user.login), box));
    form->addRow(tr("Roles:"), selectableLabel(rolesText(user.roles), box));

    auto* changePassphrase = new QPushButton(tr("Change my &passphrase…"), box);
    connect(changePassphrase, &QPushButton::clicked, this,
            &VaultOverviewPage::changePassphraseRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(changePassphrase);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return box;
}

} // namespace ui
} // namespace amparo
