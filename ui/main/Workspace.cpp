#include "main/Workspace.h"

#include "audit/AuditPage.h"
#include "auth/Permission.h"
#include "cases/CaseTasksTab.h"
#include "cases/CasesPage.h"
#include "cases/CasesSection.h"
#include "dashboard/DashboardPage.h"
#include "drafts/DraftStore.h"
#include "funds/FundsLedgerSection.h"
#include "funds/ReportsPage.h"
#include "grants/GrantsSection.h"
#include "main/SessionHolder.h"
#include "organisations/OrganisationsPage.h"
#include "people/PeoplePage.h"
#include "people/PersonEditor.h"
#include "settings/SettingsPage.h"
#include "tasks/TasksPage.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <algorithm>

namespace amparo {
namespace ui {

Workspace::Workspace(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this))
{
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(3);

    const auth::RoleSet roles = holder.session().user().roles;
    // People and organisations are read with the cases they belong to.
    const bool readsCases = auth::rolesAllow(roles, auth::Permission::ReadCases) ||
                            auth::rolesAllow(roles, auth::Permission::ReadAllCases);
    // Every role reads cases, so every role has a dashboard: it shows what
    // the role may read (Dashboard.h).
    auto* dashboard = readsCases ? new DashboardPage(holder, this) : nullptr;
    if (dashboard)
        addSection(QStringLiteral("dashboard"), dashboard);
    if (readsCases) {
        addSection(QStringLiteral("cases"), createCasesSection());
        addSection(QStringLiteral("people"), new PeoplePage(holder, this));
        addSection(QStringLiteral("organisations"), new OrganisationsPage(holder, this));
    }
    if (auth::rolesAllow(roles, auth::Permission::RequestGrants) ||
        auth::rolesAllow(roles, auth::Permission::ApproveGrants) ||
        auth::rolesAllow(roles, auth::Permission::ReadLedger)) {
        m_grants = new GrantsSection(holder, this);
        addSection(QStringLiteral("grants"), m_grants);
    }
    if (auth::rolesAllow(roles, auth::Permission::ReadLedger)) {
        m_funds = new FundsLedgerSection(holder, this);
        m_reports = new ReportsPage(holder, m_funds);
        m_funds->addPage(m_reports);
        addSection(QStringLiteral("funds"), m_funds);
    }
    // Tasks are read by whoever reads cases (TaskService).
    if (auth::rolesAllow(roles, auth::Permission::ReadCases))
        addSection(QStringLiteral("tasks"), createTasksPage());
    if (auth::rolesAllow(roles, auth::Permission::ReadAuditTrail))
        addSection(QStringLiteral("audit"), createAuditPage());
    addSection(QStringLiteral("settings"), createSettingsPage());
    if (dashboard)
        connectDashboard(*dashboard);
    m_sidebar->setIconSize(QSize(20, 20));
    retranslate();

    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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

void Workspace::showSection(int index)
{
    if (index < 0 || index >= m_sidebar->count())
        return;
    m_sidebar->setCurrentRow(index);
    if (QWidget* page = m_pages->currentWidget())
        page->setFocus();
}

int Workspace::currentSection() const
{
    return m_sidebar->currentRow();
}

QString Workspace::currentSectionKey() const
{
    const QListWidgetItem* item = m_sidebar->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void Workspace::addSection(const QString& key, QWidget* page)
{
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/sections/%1.svg").arg(key)),
                                     QString(), m_sidebar);
    item->setData(Qt::UserRole, key);
    m_pages->addWidget(page);
}

void Workspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Workspace::retranslate()
{
    m_sidebar->setAccessibleName(tr("Sections"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        const SectionText text = sectionText(item->data(Qt::UserRole).toString());
        item->setText(text.label);
        item->setToolTip(text.hint);
    }
    // As wide as its longest label, in any language.
    int widest = 0;
    for (const QString& label : sectionLabels())
        widest = std::max(widest, fontMetrics().horizontalAdvance(label));
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() +
                             fontMetrics().averageCharWidth() * 5);
    Q_EMIT retranslated();
}

Workspace::SectionText Workspace::sectionText(const QString& key)
{
    if (key == QLatin1String("dashboard"))
        return {tr("Dashboard"), tr("Cases, assistance and money at a glance; a figure opens "
                                    "the list it counts.")};
    if (key == QLatin1String("cases"))
        return {tr("Cases"), tr("Every case you may see: search, filter, open and edit.")};
    if (key == QLatin1String("people"))
        return {tr("People"),
                tr("Victims, defenders, relatives and witnesses: their details and consent.")};
    if (key == QLatin1String("organisations"))
        return {tr("Organisations"), tr("Members, partners, service providers, donors, "
                                        "authorities and mechanisms.")};
    if (key == QLatin1String("grants"))
        return {tr("Grants"), tr("Requests for money from a fund: follow, approve and pay them.")};
    if (key == QLatin1String("funds"))
        return {tr("Funds & Ledger"),
                tr("Fund positions, donor contributions, the journal and reports.")};
    if (key == QLatin1String("tasks"))
        return {tr("Tasks"), tr("Follow-ups: yours, the overdue ones, and those of each case.")};
    if (key == QLatin1String("audit"))
        return {tr("Audit"), tr("Who did what and when, and the check that nothing was altered.")};
    return {tr("Settings"), tr("Your account and passphrase, the vault's users and preferences.")};
}

void Workspace::showSection(const QString& key)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == key)
            return showSection(row);
    }
}

// A figure of the dashboard opens the list it counts, in its section.
void Workspace::connectDashboard(DashboardPage& dashboard)
{
    if (m_cases) {
        const auto showCases = [this](const CaseFilter& filter) {
            m_cases->showList();
            if (m_cases->isEditing()) // unsaved changes the person chose to keep
                return;
            m_cases->list().showFilter(filter);
            showSection(QStringLiteral("cases"));
        };
        connect(&dashboard, &DashboardPage::casesRequested, this, showCases);
        connect(&dashboard, &DashboardPage::assistanceRequested, this,
                [showCases](const QString& type) {
                    CaseFilter filter;
                    filter.assistanceType = type;
                    showCases(filter);
                });
    }
    if (m_tasks)
        connect(&dashboard, &DashboardPage::overdueTasksRequested, this, [this] {
            m_tasks->showView(TasksPage::View::Overdue);
            showSection(QStringLiteral("tasks"));
        });
    if (m_grants) {
        connect(&dashboard, &DashboardPage::pendingApprovalsRequested, this, [this] {
            m_grants->showStatuses({QStringLiteral("submitted")});
            showSection(QStringLiteral("grants"));
        });
        connect(&dashboard, &DashboardPage::overdueReceiptsRequested, this, [this] {
            m_grants->showReceiptsOverdue();
            showSection(QStringLiteral("grants"));
        });
    }
    if (m_reports)
        connect(&dashboard, &DashboardPage::disbursementsRequested, this,
                [this](qint64, const QDate& month) {
                    m_reports->setGrouping(ReportDimension::Fund);
                    m_reports->setPeriod(month, month.addMonths(1).addDays(-1));
                    m_funds->tabs().setCurrentWidget(m_reports);
                    showSection(QStringLiteral("funds"));
                });
}

QWidget* Workspace::createCasesSection()
{
    SessionHolder* holder = &m_holder;
    CaseEditorHooks hooks;
    hooks.newPerson = [holder](QWidget* parent, std::function<void(qint64)> saved) {
        auto* editor = new PersonEditor(*holder, std::nullopt, parent);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(editor, &PersonEditor::personSaved, editor, std::move(saved));
        editor->open();
    };
    hooks.tasksTab = [holder](qint64 caseId, QWidget* parent) {
        return new CaseTasksTab(*holder, caseId, parent);
    };
    m_cases = new CasesSection([holder]() -> Session& { return holder->session(); },
                               std::move(hooks), this);
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

QWidget* Workspace::createTasksPage()
{
    m_tasks = new TasksPage(m_holder, this);
    return m_tasks;
}

QWidget* Workspace::createAuditPage()
{
    return new AuditPage(m_holder, this);
}

QWidget* Workspace::createSettingsPage()
{
    auto* settings = new SettingsPage(m_holder, this);
    connect(settings, &SettingsPage::changePassphraseRequested, this,
            &Workspace::changePassphraseRequested);
    connect(settings, &SettingsPage::autoLockMinutesChanged, this,
            &Workspace::autoLockMinutesChanged);
    return settings;
}

} // namespace ui
} // namespace amparo
