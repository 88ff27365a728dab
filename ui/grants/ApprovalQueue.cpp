#include "grants/ApprovalQueue.h"

#include "cases/CaseService.h"
#include "common/CountryNames.h"
#include "common/ListTable.h"
#include "common/Retranslate.h"
#include "common/Warning.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/GrantDetail.h"
#include "grants/GrantListModel.h"
#include "grants/GrantService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace amparo {
namespace ui {
namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ApprovalQueue::ApprovalQueue(SessionAccess session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new GrantListModel(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_contextHeading(new QLabel(this)),
      m_context(new QFormLayout), m_case(valueLabel(this)), m_caseStatus(valueLabel(this)),
      m_country(valueLabel(this)), m_programme(valueLabel(this)), m_against(valueLabel(this)),
      m_detail(new GrantDetail(session, this))
{
    m_table->setModel(m_model);
    setUpListTable(m_table);
    for (const int column :
         {GrantListModel::ApprovedColumn, GrantListModel::PaidColumn, GrantListModel::StatusColumn})
        m_table->hideColumn(column);
    QFont bold = m_contextHeading->font();
    bold.setBold(true);
    m_contextHeading->setFont(bold);
    for (QLabel* value : {m_case, m_caseStatus, m_country, m_programme, m_against})
        m_context->addRow(new QLabel(this), value);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_contextHeading);
    rightLayout->addLayout(m_context);
    rightLayout->addWidget(m_detail, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalQueue::selectionChanged);
    connect(m_detail, &GrantDetail::grantChanged, this, [this](qint64 grantId) {
        reload();
        Q_EMIT grantChanged(grantId);
    });
    retranslate();
}

void ApprovalQueue::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApprovalQueue::retranslate()
{
    m_table->setAccessibleName(tr("Requests awaiting approval"));
    m_count->setAccessibleName(tr("Number of requests awaiting approval"));
    m_contextHeading->setText(tr("Context of the request"));
    struct Row
    {
        QLabel* value;
        QString label;
        QString name;
    };
    const std::vector<Row> rows = {
        {m_case, tr("Case:"), tr("Case of the request")},
        {m_caseStatus, tr("Case status:"), tr("Status of the case")},
        {m_country, tr("Country:"), tr("Country of the case")},
        {m_programme, tr("Programme:"), tr("Programme of the case")},
        {m_against, tr("Asked against available:"),
         tr("Amount asked against the fund's available amount")},
    };
    for (const Row& row : rows) {
        if (auto* label = qobject_cast<QLabel*>(m_context->labelForField(row.value)))
            label->setText(row.label);
        row.value->setAccessibleName(row.name);
    }
    retranslateModel(*m_model);
    m_count->setText(tr("%n request(s) awaiting approval", nullptr, m_model->rowCount()));
    fillContext();
}

void ApprovalQueue::reload()
{
    const qint64 keep = m_detail->grantId();
    try {
        GrantFilter filter;
        filter.statuses = {QStringLiteral("submitted")};
        std::vector<Grant> grants = GrantService(m_session()).list(filter);
        // Oldest first: whoever asked first has waited longest.
        std::reverse(grants.begin(), grants.end());
        m_model->setGrants(std::move(grants));
    } catch (const Error& error) {
        m_model->clear();
        showWarning(this, error.message());
    }
    m_count->setText(tr("%n request(s) awaiting approval", nullptr, m_model->rowCount()));
    selectGrant(keep);
    if (m_model->rowOf(keep) < 0 && m_model->rowCount() > 0)
        m_table->selectRow(0);
    if (m_model->rowCount() == 0)
        selectionChanged();
}

void ApprovalQueue::clear()
{
    m_model->clear();
    m_detail->clear();
    m_facts = {};
    m_available.reset();
    fillContext();
}

void ApprovalQueue::selectGrant(qint64 grantId)
{
    const int row = m_model->rowOf(grantId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ApprovalQueue::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const Grant* grant = rows.isEmpty() ? nullptr : m_model->grantAt(rows.first().row());
    m_facts = {};
    m_available.reset();
    if (!grant) {
        m_detail->clear();
        fillContext();
        return;
    }
    m_detail->showGrant(grant->id);
    try {
        const FundPosition position = FundService(m_session()).position(grant->fundId);
        m_available = position.availableMinor;
        m_availableCurrency = position.currency;
    } catch (const Error&) {
        m_available.reset();
    }
    // A restricted case is shown only to its assignees; the fund manager
    // still decides, with what the grant itself says.
    try {
        const Case c = CaseService(m_session()).get(grant->caseId);
        m_facts = {true, c.title, c.status, c.country, c.programme};
    } catch (const Error&) {
        m_facts = {};
    }
    fillContext();
}

void ApprovalQueue::fillContext()
{
    const Grant* grant = m_detail->grant() ? &*m_detail->grant() : nullptr;
    for (QLabel* value : {m_case, m_caseStatus, m_country, m_programme, m_against})
        value->clear();
    if (!grant)
        return;
    if (m_facts.visible) {
        //: A case's reference and title, e.g. "AMP-2026-0042 · Arbitrary detention".
        m_case->setText(tr("%1 · %2").arg(grant->caseReference, m_facts.title));
        m_caseStatus->setText(termLabel(Vocabulary::CaseStatus, m_facts.status));
        m_country->setText(m_facts.country.isEmpty() ? tr("Not known")
                                                     : countryName(m_facts.country));
        m_programme->setText(termLabel(Vocabulary::Programme, m_facts.programme));
    } else {
        m_case->setText(tr("%1 (restricted to its assignees: only what the request says is "
                           "shown)")
                            .arg(grant->caseReference));
    }
    const QString asked = displayAmount(grant->requestedMinor, grant->currency);
    m_against->setText(m_available
                           //: The amount of a request against what its fund has, e.g.
                           //: "1,500.00 EUR asked; the fund has 18,800.00 EUR available".
                           ? tr("%1 asked; the fund has %2 available")
                                 .arg(asked, displayAmount(*m_available, m_availableCurrency))
                           : asked);
}

} // namespace ui
} // namespace amparo
