#include "cases/tabs/GrantsTab.h"

#include "auth/Permission.h"
#include "common/ErrorLabel.h"
#include "common/ListTable.h"
#include "common/Retranslate.h"
#include "grants/GrantDetail.h"
#include "grants/GrantListModel.h"
#include "grants/GrantRequestDialog.h"
#include "grants/GrantService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

GrantsTab::GrantsTab(SessionAccess session, qint64 caseId, QWidget* parent)
    : CaseTab(session, caseId, parent), m_model(new GrantListModel(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_error(new ErrorLabel(this)), m_requestButton(new QPushButton(this)),
      m_detail(new GrantDetail(session, this))
{
    m_table->setModel(m_model);
    setUpListTable(m_table, GrantListModel::PurposeColumn);
    m_table->hideColumn(GrantListModel::CaseColumn);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 2);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_requestButton);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_requestButton, &QPushButton::clicked, this, [this] { requestGrant(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GrantsTab::selectionChanged);
    connect(m_detail, &GrantDetail::grantChanged, this, [this](qint64 grantId) {
        reload();
        selectGrant(grantId);
        Q_EMIT recordsChanged();
    });
    retranslate();
}

void GrantsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CaseTab::changeEvent(event);
}

void GrantsTab::retranslate()
{
    m_table->setAccessibleName(tr("Grants of the case"));
    m_empty->setText(tr("No grant has been requested for this case. Caseworkers ask a fund to "
                        "pay for assistance with \"Request a grant…\"."));
    m_requestButton->setText(tr("&Request a grant…"));
    m_requestButton->setAccessibleName(tr("Request a grant"));
    m_error->setAccessibleName(tr("Problem with the grants"));
    retranslateModel(*m_model);
}

void GrantsTab::reload()
{
    const qint64 keep = m_detail->grantId();
    try {
        Session& s = session();
        m_requestButton->setVisible(
            auth::rolesAllow(s.user().roles, auth::Permission::RequestGrants) &&
            auth::rolesAllow(s.user().roles, auth::Permission::EditCases));
        GrantFilter filter;
        filter.caseId = caseId();
        m_model->setGrants(GrantService(s).list(filter));
        m_error->clearError();
    } catch (const Error& error) {
        m_model->clear();
        m_error->showError(error.message());
    }
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    selectGrant(keep);
    if (keep != 0 && m_model->rowOf(keep) >= 0)
        m_detail->showGrant(keep);
}

void GrantsTab::clear()
{
    delete m_request;
    m_model->clear();
    m_detail->clear();
    m_error->clearError();
    m_stack->setCurrentWidget(m_empty);
}

void GrantsTab::selectGrant(qint64 grantId)
{
    const int row = m_model->rowOf(grantId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

void GrantsTab::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Grant* grant = rows.isEmpty() ? nullptr : m_model->grantAt(rows.first().row());
    if (!grant)
        return m_detail->clear();
    if (grant->id != m_detail->grantId())
        m_detail->showGrant(grant->id);
}

void GrantsTab::requestGrant(std::optional<qint64> assistanceId)
{
    delete m_request;
    m_request = new GrantRequestDialog([this]() -> Session& { return session(); }, caseId(), this);
    m_request->setAttribute(Qt::WA_DeleteOnClose);
    if (assistanceId)
        m_request->setAssistance(*assistanceId);
    connect(m_request, &GrantRequestDialog::grantSaved, this, [this](qint64 grantId) {
        reload();
        selectGrant(grantId);
        Q_EMIT recordsChanged();
    });
    m_request->open();
}

} // namespace ui
} // namespace amparo
