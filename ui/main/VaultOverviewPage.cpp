#include "main/VaultOverviewPage.h"

#include "common/RoleText.h"
#include "main/SessionHolder.h"
#include "vault/Session.h"

#include <QDir>
#include <QEvent>
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
    retranslate();
}

QWidget* VaultOverviewPage::createIdentityBox(SessionHolder& holder)
{
    const Session& session = holder.session();
    const auth::User& user = session.user();
    m_displayName = user.displayName;
    m_login = user.login;
    m_userRoles = user.roles;
    m_box = new QGroupBox(this);
    m_folderLabel = new QLabel(m_box);
    m_signedInLabel = new QLabel(m_box);
    m_signedIn = selectableLabel(QString(), m_box);
    m_rolesLabel = new QLabel(m_box);
    m_roles = selectableLabel(QString(), m_box);
    auto* form = new QFormLayout;
    form->addRow(m_folderLabel,
                 selectableLabel(QDir::toNativeSeparators(session.layout().directory), m_box));
    form->addRow(m_signedInLabel, m_signedIn);
    form->addRow(m_rolesLabel, m_roles);

    m_changePassphrase = new QPushButton(m_box);
    connect(m_changePassphrase, &QPushButton::clicked, this,
            &VaultOverviewPage::changePassphraseRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_changePassphrase);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(m_box);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return m_box;
}

void VaultOverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VaultOverviewPage::retranslate()
{
    m_box->setTitle(tr("This vault"));
    m_folderLabel->setText(tr("Folder:"));
    m_signedInLabel->setText(tr("Signed in as:"));
    //: A user's full name, then their user name: "Ana Suárez (ana)".
    m_signedIn->setText(tr("%1 (%2)").arg(m_displayName, m_login));
    m_rolesLabel->setText(tr("Roles:"));
    m_roles->setText(rolesText(m_userRoles));
    m_changePassphrase->setText(tr("Change my &passphrase…"));
}

} // namespace ui
} // namespace amparo
