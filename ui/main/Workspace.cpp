#include "main/Workspace.h"

#include "auth/Permission.h"
#include "cases/CasesSection.h"
#include "drafts/DraftStore.h"
#include "main/SessionHolder.h"
#include "main/VaultOverviewPage.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>

namespace amparo {
namespace ui {

Workspace::Workspace(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this))
{
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMaximumWidth(fontMetrics().averageCharWidth() * 20);
    m_sidebar->setSpacing(2);

    const auth::RoleSet roles = holder.session().user().roles;
    if (auth::rolesAllow(roles, auth::Permission::ReadCases) ||
        auth::rolesAllow(roles, auth::Permission::ReadAllCases))
        addSection(tr("Cases"), tr("Every case you may see: search, filter, open and edit."),
                   createCasesSection());
    addSection(tr("Vault and users"),
               tr("Your account, the vault's users and the audit trail's verification."),
               createVaultPage());

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
    setFocusProxy(m_pages->currentWidget());
}

QStringList Workspace::sectionLabels() const
{
    QStringList labels;
    for (int row = 0; row < m_sidebar->count(); ++row)
        labels << m_sidebar->item(row)->text();
    return labels;
}

void Workspace::addSection(const QString& label, const QString& hint, QWidget* page)
{
    auto* item = new QListWidgetItem(label, m_sidebar);
    item->setToolTip(hint);
    m_pages->addWidget(page);
}

QWidget* Workspace::createCasesSection()
{
    SessionHolder* holder = &m_holder;
    m_cases = new CasesSection([holder]() -> Session& { return holder->session(); },
                               CaseEditorHooks{}, this);
    connect(m_cases, &CasesSection::summaryRequested, this, &Workspace::caseSummaryRequested);
    m_cases->offerDrafts();
    return m_cases;
}

void Workspace::keepDrafts()
{
    if (!m_cases || m_holder.isLocked())
        return;
    try {
        DraftStore drafts(m_holder.session());
        m_cases->keepDraft(drafts);
    } catch (const Error&) {
        // The vault locks all the same: a full disk must not keep it open.
    }
}

QWidget* Workspace::createVaultPage()
{
    auto* overview = new VaultOverviewPage(m_holder, this);
    connect(overview, &VaultOverviewPage::changePassphraseRequested, this,
            &Workspace::changePassphraseRequested);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace ui
} // namespace amparo
