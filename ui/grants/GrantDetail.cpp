#include "grants/GrantDetail.h"

#include "assistance/AssistanceService.h"
#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/GrantDecisionDialog.h"
#include "grants/GrantRequestDialog.h"
#include "grants/GrantService.h"
#include "grants/GrantWorkflow.h"
#include "organisations/OrganisationService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

using Decision = GrantDecisionDialog::Decision;

QTableView* readOnlyTable(QStandardItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), fullYearDateFormat() + QStringLiteral(" ") +
                                                    QLocale().timeFormat(QLocale::ShortFormat));
}

void appendRow(QStandardItemModel* model, const QStringList& texts)
{
    QList<QStandardItem*> row;
    for (const QString& text : texts) {
        auto* item = new QStandardItem(text);
        item->setToolTip(text);
        row << item;
    }
    model->appendRow(row);
}

bool allows(Session& session, auth::Permission permission)
{
    return auth::rolesAllow(session.user().roles, permission);
}

} // namespace

GrantDetail::GrantDetail(SessionAccess session, QWidget* parent)
    : QWidget(parent), m_session(std::move(session)), m_stack(new QStackedWidget(this)),
      m_nothing(new QLabel(this)), m_title(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_edit(new QPushButton(this)), m_submit(new QPushButton(this)),
      m_approve(new QPushButton(this)), m_reject(new QPushButton(this)),
      m_return(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_close(new QPushButton(this)), m_authorise(new QPushButton(this)),
      m_refusal(valueLabel(this)), m_pages(new QTabWidget(this)), m_requestPage(new QWidget(this)),
      m_form(new QFormLayout), m_fund(valueLabel(this)), m_case(valueLabel(this)),
      m_beneficiaryLabel(valueLabel(this)), m_assistanceLabel(valueLabel(this)),
      m_purpose(valueLabel(this)), m_justification(valueLabel(this)), m_requested(valueLabel(this)),
      m_approved(valueLabel(this)), m_paid(valueLabel(this)), m_refunded(valueLabel(this)),
      m_outstanding(valueLabel(this)), m_overcommit(valueLabel(this)),
      m_lines(new QStandardItemModel(this)), m_linesView(readOnlyTable(m_lines, this)),
      m_approvalsPage(new QWidget(this)), m_approvalsNote(valueLabel(this)),
      m_approvals(new QStandardItemModel(this)), m_approvalsView(readOnlyTable(m_approvals, this)),
      m_history(new QStandardItemModel(this)), m_historyView(readOnlyTable(m_history, this))
{
    trackDecryptedData(this, [this] {
        return (m_grant ? 1 : 0) + m_lines->rowCount() + m_approvals->rowCount() +
               m_history->rowCount() + (m_dialog ? 1 : 0);
    });
    m_nothing->setWordWrap(true);
    m_nothing->setAlignment(Qt::AlignCenter);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_refusal->setForegroundRole(QPalette::PlaceholderText);

    const std::vector<QLabel*> fields = {
        m_fund,    m_case,          m_beneficiaryLabel, m_assistanceLabel,
        m_purpose, m_justification, m_requested,        m_approved,
        m_paid,    m_refunded,      m_outstanding,      m_overcommit};
    for (QLabel* field : fields)
        m_form->addRow(new QLabel(this), field);
    m_form->addRow(new QLabel(this), m_linesView);
    auto* requestLayout = new QVBoxLayout(m_requestPage);
    requestLayout->addLayout(m_form);
    auto* approvalsLayout = new QVBoxLayout(m_approvalsPage);
    approvalsLayout->addWidget(m_approvalsNote);
    approvalsLayout->addWidget(m_approvalsView, 1);
    // Scrolled vertically only, so that a long justification wraps to the
    // width of the tab instead of running out of it.
    auto* requestScroll = new QScrollArea(this);
    requestScroll->setWidget(m_requestPage);
    requestScroll->setWidgetResizable(true);
    requestScroll->setFrameShape(QFrame::NoFrame);
    requestScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addTab(requestScroll, QString());
    m_pages->addTab(m_approvalsPage, QString());
    m_pages->addTab(m_historyView, QString());

    auto* actions = new QHBoxLayout;
    for (QPushButton* button :
         {m_edit, m_submit, m_approve, m_reject, m_return, m_close, m_cancel, m_authorise})
        actions->addWidget(button);
    actions->addWidget(m_refusal, 1);

    auto* shown = new QWidget(this);
    auto* shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->addWidget(m_title);
    shownLayout->addLayout(actions);
    shownLayout->addWidget(m_error);
    shownLayout->addWidget(m_pages, 1);
    m_stack->addWidget(m_nothing);
    m_stack->addWidget(shown);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_edit, &QPushButton::clicked, this, &GrantDetail::editRequest);
    connect(m_submit, &QPushButton::clicked, this, &GrantDetail::submitRequest);
    const std::vector<std::pair<QPushButton*, Decision>> decisions = {
        {m_approve, Decision::Approve}, {m_reject, Decision::Reject},
        {m_return, Decision::Return},   {m_cancel, Decision::Cancel},
        {m_close, Decision::Close},     {m_authorise, Decision::AuthoriseOvercommit}};
    for (const auto& [button, decision] : decisions)
        connect(button, &QPushButton::clicked, this,
                [this, d = decision] { decide(static_cast<int>(d)); });
    retranslate();
    clear();
}

void GrantDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GrantDetail::retranslate()
{
    m_nothing->setText(tr("Select a grant to see its request, approvals and history."));
    m_title->setAccessibleName(tr("Grant"));
    m_error->setAccessibleName(tr("Problem with the grant"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit the request"));
    m_edit->setToolTip(tr("Change the draft or the returned request before submitting it."));
    m_submit->setText(tr("S&ubmit"));
    m_submit->setAccessibleName(tr("Submit the request"));
    m_approve->setText(tr("&Approve…"));
    m_approve->setAccessibleName(tr("Approve the grant"));
    m_reject->setText(tr("Re&ject…"));
    m_reject->setAccessibleName(tr("Reject the grant"));
    m_return->setText(tr("Re&turn for changes…"));
    m_return->setAccessibleName(tr("Return the request for changes"));
    m_cancel->setText(tr("&Cancel the grant…"));
    m_cancel->setAccessibleName(tr("Cancel the grant"));
    m_close->setText(tr("C&lose…"));
    m_close->setAccessibleName(tr("Close the grant"));
    m_authorise->setText(tr("Authorise &over-commitment…"));
    m_authorise->setAccessibleName(tr("Authorise an over-commitment"));
    m_refusal->setAccessibleName(tr("Why you may not approve"));
    m_pages->setAccessibleName(tr("Parts of the grant"));
    retranslateTabScrollButtons(*m_pages);
    m_pages->setTabText(0, tr("Re&quest"));
    m_pages->setTabText(1, tr("Appro&vals"));
    m_pages->setTabText(2, tr("&History"));
    for (const auto& [page, title] : m_extraPages)
        m_pages->setTabText(m_pages->indexOf(page), title());
    const std::vector<std::pair<QWidget*, QString>> rows = {
        {m_fund, tr("Fund:")},
        {m_case, tr("Case:")},
        {m_beneficiaryLabel, tr("Beneficiary:")},
        {m_assistanceLabel, tr("Assistance line:")},
        {m_purpose, tr("Purpose:")},
        {m_justification, tr("Justification:")},
        //: The amount asked for in a grant request.
        {m_requested, tr("Requested:")},
        {m_approved, tr("Approved:")},
        {m_paid, tr("Paid:")},
        {m_refunded, tr("Refunded:")},
        //: What is still committed to the grant and not yet paid.
        {m_outstanding, tr("Outstanding:")},
        {m_overcommit, tr("Over-commitment:")},
        {m_linesView, tr("Budget lines:")},
    };
    for (const auto& [field, text] : rows) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
        field->setAccessibleName(QString(text).remove(QLatin1Char(':')).trimmed());
    }
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Amount")});
    m_approvals->setHorizontalHeaderLabels(
        {tr("Approved by"), tr("Amount"), tr("Comment"), tr("When")});
    m_approvalsView->setAccessibleName(tr("Approvals"));
    m_approvalsNote->setAccessibleName(tr("Approvals so far"));
    m_history->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("By"), tr("When"), tr("Comment")});
    m_historyView->setAccessibleName(tr("History of the grant"));
    fill();
}

void GrantDetail::addPage(QWidget* page, PageTitle title)
{
    m_extraPages.emplace_back(page, title);
    m_pages->addTab(page, title());
}

void GrantDetail::showGrant(qint64 grantId)
{
    m_error->clearError();
    m_grant.reset();
    m_events.clear();
    m_beneficiary.clear();
    m_assistance.clear();
    m_caseHidden = false;
    m_threshold.reset();
    m_approvalRefusal.reset();
    try {
        Session& session = m_session();
        GrantService grants(session);
        m_grant = grants.get(grantId);
        m_events = grants.history(grantId);
        if (allows(session, auth::Permission::ApproveGrants))
            m_approvalRefusal = grants.approvalRefusal(grantId);
        m_threshold = FundService(session).get(m_grant->fundId).approvalThresholdMinor;
    } catch (const Error& error) {
        m_grant.reset();
        fill();
        m_stack->setCurrentIndex(0);
        m_nothing->setText(error.message());
        Q_EMIT shown(0);
        return;
    }
    // The case may be restricted to its assignees: a fund manager then
    // decides without seeing its people, and is told so.
    try {
        Session& session = m_session();
        if (m_grant->beneficiaryPersonId) {
            for (const CasePerson& person : CaseService(session).people(m_grant->caseId))
                if (person.personId == *m_grant->beneficiaryPersonId)
                    m_beneficiary = person.pseudonym;
        } else if (m_grant->beneficiaryOrgId) {
            m_beneficiary = OrganisationService(session).get(*m_grant->beneficiaryOrgId).name;
        }
        if (m_grant->assistanceId) {
            const Assistance line = AssistanceService(session).get(*m_grant->assistanceId);
            m_assistance = line.type + QLatin1Char('\n') + line.description;
        }
    } catch (const Error&) {
        m_caseHidden = true;
    }
    fill();
    Q_EMIT shown(m_grant->id);
}

void GrantDetail::reload()
{
    if (m_grant)
        showGrant(m_grant->id);
}

void GrantDetail::clear()
{
    delete m_dialog;
    m_grant.reset();
    m_events.clear();
    m_events.shrink_to_fit();
    m_beneficiary.clear();
    m_assistance.clear();
    m_approvalRefusal.reset();
    m_error->clearError();
    fill();
    Q_EMIT shown(0);
}

void GrantDetail::fill()
{
    m_lines->removeRows(0, m_lines->rowCount());
    m_approvals->removeRows(0, m_approvals->rowCount());
    m_history->removeRows(0, m_history->rowCount());
    if (!m_grant) {
        for (QLabel* value : {m_fund, m_case, m_beneficiaryLabel, m_assistanceLabel, m_purpose,
                              m_justification, m_requested, m_approved, m_paid, m_refunded,
                              m_outstanding, m_overcommit, m_approvalsNote})
            value->clear();
        m_title->clear();
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    const Grant& g = *m_grant;
    m_stack->setCurrentIndex(1);
    //: A grant's reference and its status, e.g. "GR-2026-00042 — Submitted".
    m_title->setText(tr("%1 — %2").arg(g.reference, termLabel(Vocabulary::GrantStatus, g.status)));
    m_fund->setText(g.fundCode);
    m_case->setText(g.caseReference);
    if (m_caseHidden)
        m_beneficiaryLabel->setText(tr("Not shown: the case is restricted to its assignees."));
    else if (g.beneficiaryOrgId && !g.beneficiaryPersonId) // a person is named first
        m_beneficiaryLabel->setText(tr("%1 (organisation)").arg(m_beneficiary));
    else
        m_beneficiaryLabel->setText(m_beneficiary.isEmpty() ? tr("Not named") : m_beneficiary);
    if (!g.assistanceId) {
        m_assistanceLabel->setText(tr("None: the grant is for the case as a whole"));
    } else if (m_caseHidden) {
        m_assistanceLabel->setText(tr("Not shown: the case is restricted to its assignees."));
    } else {
        const QString type = m_assistance.section(QLatin1Char('\n'), 0, 0);
        const QString description = m_assistance.section(QLatin1Char('\n'), 1);
        m_assistanceLabel->setText(
            description.isEmpty()
                ? termLabel(Vocabulary::AssistanceType, type)
                : tr("%1: %2").arg(termLabel(Vocabulary::AssistanceType, type), description));
    }
    m_purpose->setText(g.purpose);
    m_justification->setText(g.justification.isEmpty() ? tr("None given") : g.justification);
    m_requested->setText(displayAmount(g.requestedMinor, g.currency));
    m_approved->setText(g.approvedMinor ? displayAmount(*g.approvedMinor, g.currency)
                                        : tr("Not yet"));
    m_paid->setText(displayAmount(g.paidMinor, g.currency));
    m_refunded->setText(displayAmount(g.refundedMinor, g.currency));
    m_outstanding->setText(displayAmount(g.outstandingMinor, g.currency));
    m_overcommit->setText(g.overcommitReason
                              ? tr("Authorised by an administrator: %1").arg(*g.overcommitReason)
                              : tr("None"));
    for (const GrantLine& line : g.lines)
        appendRow(m_lines, {line.description, displayAmount(line.amountMinor, g.currency)});
    for (const GrantApproval& approval : g.approvals)
        appendRow(m_approvals, {approval.approver, displayAmount(approval.amountMinor, g.currency),
                                approval.comment, when(approval.at)});
    const bool needsTwo = m_threshold && g.requestedMinor > *m_threshold;
    if (g.approvals.empty())
        m_approvalsNote->setText(
            needsTwo ? tr("No approval yet. Above %1 this grant needs two fund managers.")
                           .arg(displayAmount(*m_threshold, g.currency))
                     : tr("No approval yet."));
    else if (g.approvals.size() == 1 && g.status == QLatin1String("submitted"))
        m_approvalsNote->setText(tr("Approved first by %1; a second fund manager must approve "
                                    "it as well.")
                                     .arg(g.approvals.front().approver));
    else if (g.approvals.size() == 2)
        m_approvalsNote->setText(
            tr("Approved first by %1, then by %2.")
                .arg(g.approvals.front().approver, g.approvals.back().approver));
    else
        m_approvalsNote->setText(tr("Approved by %1.").arg(g.approvals.front().approver));
    for (const GrantEvent& event : m_events)
        appendRow(m_history, {event.fromStatus.isEmpty()
                                  ? QString()
                                  : termLabel(Vocabulary::GrantStatus, event.fromStatus),
                              termLabel(Vocabulary::GrantStatus, event.toStatus), event.login,
                              when(event.at), event.comment});
    updateActions();
}

void GrantDetail::updateActions()
{
    const std::vector<QPushButton*> buttons = {m_edit,   m_submit, m_approve, m_reject,
                                               m_return, m_close,  m_cancel,  m_authorise};
    for (QPushButton* button : buttons)
        button->hide();
    m_refusal->clear();
    m_refusal->hide();
    if (!m_grant)
        return;
    Session& session = m_session();
    const QString& status = m_grant->status;
    const bool requester = allows(session, auth::Permission::RequestGrants);
    const bool manager = allows(session, auth::Permission::ApproveGrants);
    const bool editable = status == QLatin1String("draft") || status == QLatin1String("returned");
    const bool submitted = status == QLatin1String("submitted");
    m_edit->setVisible(requester && editable);
    m_submit->setVisible(requester && editable);
    m_approve->setVisible(manager && submitted);
    m_approve->setEnabled(!m_approvalRefusal);
    if (manager && submitted && m_approvalRefusal) {
        m_refusal->setText(*m_approvalRefusal);
        m_refusal->show();
    }
    m_reject->setVisible(manager && submitted);
    m_return->setVisible(manager && submitted);
    m_close->setVisible(manager && isAllowedGrantTransition(status, QStringLiteral("closed")));
    // Once money is committed only a fund manager may let it go.
    m_cancel->setVisible(isAllowedGrantTransition(status, QStringLiteral("cancelled")) &&
                         (manager || (requester && !isCommittedGrantStatus(status))));
    m_authorise->setVisible(allows(session, auth::Permission::ManageSettings) && submitted &&
                            !m_grant->overcommitReason);
}

void GrantDetail::decide(int decision)
{
    if (!m_grant)
        return;
    delete m_dialog;
    auto* dialog =
        new GrantDecisionDialog(m_session, *m_grant, static_cast<Decision>(decision), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: refreshing may delete the dialog, which must first return.
    connect(dialog, &GrantDecisionDialog::decided, this, &GrantDetail::changed,
            Qt::QueuedConnection);
    m_dialog = dialog;
    dialog->open();
}

void GrantDetail::editRequest()
{
    if (!m_grant)
        return;
    delete m_dialog;
    auto* dialog = new GrantRequestDialog(m_session, m_grant->caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editGrant(*m_grant);
    connect(dialog, &GrantRequestDialog::grantSaved, this, &GrantDetail::changed,
            Qt::QueuedConnection);
    m_dialog = dialog;
    dialog->open();
}

void GrantDetail::submitRequest()
{
    if (!m_grant)
        return;
    try {
        GrantService(m_session()).submit(m_grant->id);
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    changed();
}

void GrantDetail::changed()
{
    const qint64 id = grantId();
    reload();
    Q_EMIT grantChanged(id);
}

} // namespace ui
} // namespace amparo
