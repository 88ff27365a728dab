#include "settings/SettingsPage.h"

#include "auth/Permission.h"
#include "main/SessionHolder.h"
#include "main/UsersPanel.h"
#include "main/VaultOverviewPage.h"
#include "settings/PreferencesPanel.h"
#include "vault/Session.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QWidget* scrolled(QWidget* content, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

SettingsPage::SettingsPage(SessionHolder& holder, QWidget* parent) : QWidget(parent)
{
    auto* heading = new QLabel(tr("Settings"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Settings"));
    tabs->setDocumentMode(true);
    auto* overview = new VaultOverviewPage(holder, this);
    connect(overview, &VaultOverviewPage::changePassphraseRequested, this,
            &SettingsPage::changePassphraseRequested);
    tabs->addTab(scrolled(overview, this), tr("This vault"));
    if (auth::rolesAllow(holder.session().user().roles, auth::Permission::ManageUsers)) {
        auto* users = new QWidget(this);
        auto* usersLayout = new QVBoxLayout(users);
        usersLayout->addWidget(new UsersPanel(holder, true, users));
        tabs->addTab(users, tr("Users"));
    }
    auto* preferences = new PreferencesPanel(holder, this);
    connect(preferences, &PreferencesPanel::autoLockMinutesChanged, this,
            &SettingsPage::autoLockMinutesChanged);
    tabs->addTab(scrolled(preferences, this), tr("Preferences"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(tabs, 1);
}

} // namespace ui
} // namespace amparo
