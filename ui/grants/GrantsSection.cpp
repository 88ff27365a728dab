#include "grants/GrantsSection.h"

#include "auth/Permission.h"
#include "common/ListTable.h"
#include "common/Retranslate.h"
#include "common/Warning.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/ApprovalQueue.h"
#include "grants/DisbursementService.h"
#include "grants/DisbursementsPanel.h"
#include "grants/GrantDetail.h"
#include "grants/GrantListModel.h"
#include "grants/GrantService.h"
#include "main/SessionHolder.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace amparo {
namespace ui {
namespace {

const QString kReceiptsOverdue = QStringLiteral("receipts_overdue");

} // namespace

GrantsSection::GrantsSection(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_heading(new QLabel(this)), m_views(new QTabWidget(this)),
      m_listPage(new QWidget(this)), m_statusLabel(new QLabel(this)), m_status(new QComboBox(this)),
      m_fundLabel(new QLabel(this)), m_fund(new QComboBox(this)), m_mine(new QCheckBox(this)),
      m_model(new GrantListModel(this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_detail(new GrantDetail([&holder]() -> Session& { return holder.session(); }, this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);

    const auto access = [&holder]() -> Session& {
        return holder.session();
    };
    Session& session = holder.session();
    if (auth::rolesAllow(session.user().roles, auth::Permission::ApproveGrants)) {
        m_queue = new ApprovalQueue(access, this);
        m_views->addTab(m_queue, QString());
        connect(m_queue, &ApprovalQueue::grantChanged, this, &GrantsSection::reloadList);
    }
    m_views->addTab(m_listPage, QString());

    m_status->addItem(QString(), QString());
    for (const QString& status : termNames(Vocabulary::GrantStatus))
        m_status->addItem(QString(), status);
    // Not a status: the grants with a payment whose receipts are late (the
    // dashboard's "overdue receipts"), for those who read the ledger.
    if (auth::rolesAllow(session.user().roles, auth::Permission::ReadLedger))
        m_status->addItem(QString(), kReceiptsOverdue);
    m_statusLabel->setBuddy(m_status);
    m_fund->addItem(QString(), 0);
    try {
        for (const Fund& fund : FundService(session).list())
            m_fund->addItem(fund.code, fund.id);
    } catch (const Error& error) {
        showWarning(this, error.message());
    }
    m_fundLabel->setBuddy(m_fund);
    m_mine->setVisible(auth::rolesAllow(session.user().roles, auth::Permission::RequestGrants));

    m_table->setModel(m_model);
    setUpListTable(m_table, GrantListModel::PurposeColumn);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(m_fundLabel);
    filters->addWidget(m_fund);
    filters->addSpacing(12);
    filters->addWidget(m_mine);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Vertical, m_listPage);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 2);
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->addLayout(filters);
    listLayout->addWidget(splitter, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_views, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_statuses.clear();
        reloadList();
    });
    connect(m_fund, &QComboBox::currentIndexChanged, this, &GrantsSection::reloadList);
    connect(m_mine, &QCheckBox::toggled, this, &GrantsSection::reloadList);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GrantsSection::selectionChanged);
    connect(m_detail, &GrantDetail::grantChanged, this, [this] {
        reloadList();
        if (m_queue)
            m_queue->reload();
    });
    addPayments();
    connect(&holder, &SessionHolder::aboutToLock, this, &GrantsSection::clear);
    retranslate();
    reload();
}

// Finance records payments there; fund managers, administrators and
// auditors read them. Caseworkers follow the amounts in the grant itself.
void GrantsSection::addPayments()
{
    if (!auth::rolesAllow(m_holder.session().user().roles, auth::Permission::ReadLedger))
        return;
    auto* payments = new DisbursementsPanel(m_holder, m_detail);
    m_detail->addPage(payments, [] { return tr("Payments"); });
    connect(m_detail, &GrantDetail::shown, payments, [payments](qint64 grantId) {
        if (grantId)
            payments->showGrant(grantId);
        else
            payments->clear();
    });
    connect(payments, &DisbursementsPanel::grantChanged, this, [this] {
        m_detail->reload();
        reloadList();
    });
}

void GrantsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GrantsSection::retranslate()
{
    m_heading->setText(tr("Grants"));
    if (m_queue)
        m_views->setTabText(m_views->indexOf(m_queue), tr("&Approval queue"));
    m_views->setTabText(m_views->indexOf(m_listPage), tr("All &grants"));
    m_views->setAccessibleName(tr("Grant views"));
    retranslateTabScrollButtons(*m_views);
    m_statusLabel->setText(tr("&Status:"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setItemText(0, tr("Any status"));
    const QStringList statuses = termNames(Vocabulary::GrantStatus);
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i + 1, termLabel(Vocabulary::GrantStatus, statuses.at(i)));
    if (const int overdue = m_status->findData(kReceiptsOverdue); overdue >= 0)
        m_status->setItemText(overdue, tr("Receipts overdue"));
    m_fundLabel->setText(tr("&Fund:"));
    m_fund->setAccessibleName(tr("Fund"));
    m_fund->setItemText(0, tr("Any fund"));
    m_mine->setText(tr("&My requests only"));
    m_mine->setAccessibleName(tr("My requests only"));
    m_table->setAccessibleName(tr("Grants"));
    m_count->setAccessibleName(tr("Number of grants"));
    m_count->setText(tr("%n grant(s)", nullptr, m_model->rowCount()));
    retranslateModel(*m_model);
}

void GrantsSection::reload()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    if (m_queue)
        m_queue->reload();
    reloadList();
}

void GrantsSection::reloadList()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    const qint64 keep = m_detail->grantId();
    try {
        Session& session = m_holder.session();
        GrantFilter filter;
        const QString chosen = m_status->currentData().toString();
        if (!m_statuses.isEmpty())
            filter.statuses = m_statuses;
        else if (!chosen.isEmpty() && chosen != kReceiptsOverdue)
            filter.statuses = {chosen};
        if (const qint64 fund = m_fund->currentData().toLongLong(); fund != 0)
            filter.fundId = fund;
        std::vector<Grant> grants = GrantService(session).list(filter);
        if (chosen == kReceiptsOverdue) {
            const QDate today = session.clock().nowUtc().toLocalTime().date();
            std::set<qint64> late;
            for (const Disbursement& payment :
                 DisbursementService(session).overdueJustifications(today))
                late.insert(payment.grantId);
            std::erase_if(grants, [&](const Grant& g) { return !late.contains(g.id); });
        }
        if (m_mine->isVisible() && m_mine->isChecked())
            std::erase_if(grants,
                          [&](const Grant& g) { return g.requestedBy != session.user().id; });
        m_model->setGrants(std::move(grants));
    } catch (const Error& error) {
        m_model->clear();
        showWarning(this, error.message());
    }
    m_count->setText(tr("%n grant(s)", nullptr, m_model->rowCount()));
    if (const int row = m_model->rowOf(keep); row >= 0) {
        m_table->selectRow(row);
        m_detail->showGrant(keep);
    } else {
        m_detail->clear();
    }
}

void GrantsSection::clear()
{
    m_model->clear();
    m_detail->clear();
    if (m_queue)
        m_queue->clear();
    m_count->clear();
}

void GrantsSection::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Grant* grant = rows.isEmpty() ? nullptr : m_model->grantAt(rows.first().row());
    if (!grant)
        return m_detail->clear();
    if (grant->id != m_detail->grantId())
        m_detail->showGrant(grant->id);
}

void GrantsSection::showStatuses(const QStringList& statuses)
{
    m_views->setCurrentWidget(m_listPage);
    const int index = statuses.size() == 1 ? m_status->findData(statuses.first()) : -1;
    {
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(std::max(0, index));
    }
    m_statuses = index >= 0 ? QStringList() : statuses;
    reloadList();
}

void GrantsSection::showReceiptsOverdue()
{
    if (const int index = m_status->findData(kReceiptsOverdue); index >= 0)
        showStatuses({kReceiptsOverdue});
}

void GrantsSection::showGrant(qint64 grantId)
{
    m_views->setCurrentWidget(m_listPage);
    int row = m_model->rowOf(grantId);
    if (row < 0) {
        // Not in the filtered list: show every grant, then find it.
        m_statuses.clear();
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker fundBlocker(m_fund);
        const QSignalBlocker mineBlocker(m_mine);
        m_status->setCurrentIndex(0);
        m_fund->setCurrentIndex(0);
        m_mine->setChecked(false);
        reloadList();
        row = m_model->rowOf(grantId);
    }
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_detail->showGrant(grantId);
}

} // namespace ui
} // namespace amparo
