#include "settings/SettingsPage.h"

#include "auth/Permission.h"
#include "common/Retranslate.h"
#include "main/SessionHolder.h"
#include "main/UsersPanel.h"
#include "main/VaultOverviewPage.h"
#include "settings/PreferencesPanel.h"
#include "vault/Session.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QTabBar>
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

SettingsPage::SettingsPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);

    m_tabs->setDocumentMode(true);
    auto* overview = new VaultOverviewPage(holder, this);
    connect(overview, &VaultOverviewPage::changePassphraseRequested, this,
            &SettingsPage::changePassphraseRequested);
    m_vaultTab = scrolled(overview, this);
    m_tabs->addTab(m_vaultTab, QString());
    if (auth::rolesAllow(holder.session().user().roles, auth::Permission::ManageUsers)) {
        m_usersTab = new QWidget(this);
        auto* usersLayout = new QVBoxLayout(m_usersTab);
        usersLayout->addWidget(new UsersPanel(holder, true, m_usersTab));
        m_tabs->addTab(m_usersTab, QString());
    }
    auto* preferences = new PreferencesPanel(holder, this);
    connect(preferences, &PreferencesPanel::autoLockMinutesChanged, this,
            &SettingsPage::autoLockMinutesChanged);
    m_preferencesTab = scrolled(preferences, this);
    m_tabs->addTab(m_preferencesTab, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_vaultTab), tr("This vault"));
    if (m_usersTab)
        m_tabs->setTabText(m_tabs->indexOf(m_usersTab), tr("Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_preferencesTab), tr("Preferences"));
    retranslateTabScrollButtons(*m_tabs->tabBar());
}

} // namespace ui
} // namespace amparo
