#include "main/Workspace.h"

#include "auth/Permission.h"
#include "cases/CasesPage.h"
#include "main/SessionHolder.h"
#include "main/VaultOverviewPage.h"
#include "organisations/OrganisationsPage.h"
#include "people/PeoplePage.h"
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
    // People and organisations are read with the cases they belong to.
    const bool readsCases = auth::rolesAllow(roles, auth::Permission::ReadCases) ||
                            auth::rolesAllow(roles, auth::Permission::ReadAllCases);
    if (readsCases) {
        addSection(tr("Cases"), tr("Every case you may see: search, filter, open a summary."),
                   createCasesPage());
        addSection(tr("People"),
                   tr("Victims, defenders, relatives and witnesses: their details and consent."),
                   new PeoplePage(holder, this));
        addSection(tr("Organisations"),
                   tr("Members, partners, service providers, donors, authorities and "
                      "mechanisms."),
                   new OrganisationsPage(holder, this));
    }
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

QWidget* Workspace::createCasesPage()
{
    SessionHolder* holder = &m_holder;
    auto* page = new CasesPage(
        CaseListModel::fromSession([holder]() -> Session& { return holder->session(); }), this);
    connect(page, &CasesPage::caseActivated, this, [this, page](qint64 caseId) {
        for (int row = 0; row < page->model().rowCount(); ++row) {
            if (const CaseRow* found = page->model().caseAt(row); found && found->id == caseId) {
                Q_EMIT caseChosen(found->reference);
                return;
            }
        }
    });
    return page;
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
