#include "main/VaultOverviewPage.h"

#include "common/RoleText.h"
#include "main/SessionHolder.h"
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

} // namespace

VaultOverviewPage::VaultOverviewPage(SessionHolder& holder, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createIdentityBox(holder));
    layout->addStretch(1);
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
