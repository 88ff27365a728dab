#include "grants/GrantDecisionDialog.h"

#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "grants/GrantService.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

GrantDecisionDialog::GrantDecisionDialog(SessionAccess session, const Grant& grant,
                                         Decision decision, QWidget* parent)
    : QDialog(parent), m_session(std::move(session)), m_grant(grant), m_decision(decision),
      m_question(new QLabel(this)), m_amountLabel(new QLabel(this)), m_amount(new QLineEdit(this)),
      m_commentLabel(new QLabel(this)), m_comment(new QPlainTextEdit(this)),
      m_error(new ErrorLabel(this)), m_confirm(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    trackDecryptedData(this, [] { return 1; });
    m_question->setWordWrap(true);
    m_amountLabel->setBuddy(m_amount);
    m_commentLabel->setBuddy(m_comment);
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_confirm->setDefault(true);
    const bool approving = decision == Decision::Approve;
    m_amountLabel->setVisible(approving);
    m_amount->setVisible(approving);
    if (approving) {
        // A second approver starts from what the first one approved.
        const qint64 proposed =
            grant.approvals.empty() ? grant.requestedMinor : grant.approvals.front().amountMinor;
        m_amount->setText(formatAmount(proposed, grant.currency));
    }
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_question);
    layout->addWidget(m_amountLabel);
    layout->addWidget(m_amount);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_confirm, &QPushButton::clicked, this, &GrantDecisionDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    resize(500, sizeHint().height());
}

void GrantDecisionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GrantDecisionDialog::retranslate()
{
    const QString requested = displayAmount(m_grant.requestedMinor, m_grant.currency);
    QString title;
    QString question;
    QString comment = tr("&Comment (kept in the grant's history):");
    QString confirm;
    switch (m_decision) {
    case Decision::Approve:
        title = tr("Approve the grant");
        question = tr("Approve grant %1 (%2 requested)? You may approve a lower amount.")
                       .arg(m_grant.reference, requested);
        confirm = tr("&Approve");
        break;
    case Decision::Reject:
        title = tr("Reject the grant");
        question = tr("Reject grant %1? The requester sees your reason.").arg(m_grant.reference);
        comment = tr("&Reason for the rejection (required):");
        confirm = tr("&Reject");
        break;
    case Decision::Return:
        title = tr("Return the request for changes");
        question = tr("Return grant %1 to its requester, who can change it and submit it again?")
                       .arg(m_grant.reference);
        comment = tr("&What needs to change (required):");
        confirm = tr("&Return");
        break;
    case Decision::Cancel:
        title = tr("Cancel the grant");
        question = tr("Cancel grant %1? Whatever is still committed to it goes back to the fund.")
                       .arg(m_grant.reference);
        comment = tr("&Reason for the cancellation (required):");
        confirm = tr("Cancel the &grant");
        break;
    case Decision::Close:
        title = tr("Close the grant");
        question = tr("Close grant %1? Whatever is still committed to it goes back to the fund.")
                       .arg(m_grant.reference);
        confirm = tr("C&lose the grant");
        break;
    case Decision::AuthoriseOvercommit:
        title = tr("Authorise an over-commitment");
        question = tr("Allow the approval of grant %1 (%2 requested) to commit more than its fund "
                      "has available? Your reason goes into the audit trail.")
                       .arg(m_grant.reference, requested);
        comment = tr("&Reason for the over-commitment (required):");
        confirm = tr("&Authorise");
        break;
    }
    setWindowTitle(title);
    m_question->setText(question);
    m_amountLabel->setText(tr("A&mount approved (%1):").arg(m_grant.currency));
    m_amount->setAccessibleName(tr("Amount approved"));
    m_commentLabel->setText(comment);
    m_comment->setAccessibleName(tr("Comment"));
    m_error->setAccessibleName(tr("Problem with the decision"));
    m_confirm->setText(confirm);
    m_confirm->setAccessibleName(title);
    m_cancel->setText(tr("Do &nothing"));
    m_cancel->setAccessibleName(tr("Close without deciding"));
}

void GrantDecisionDialog::confirm()
{
    m_error->clearError();
    const QString comment = m_comment->toPlainText();
    try {
        GrantService grants(m_session());
        switch (m_decision) {
        case Decision::Approve:
            grants.approve(
                m_grant.id,
                parseAmount(tr("The approved amount"), m_amount->text(), m_grant.currency),
                comment);
            break;
        case Decision::Reject:
            grants.reject(m_grant.id, comment);
            break;
        case Decision::Return:
            grants.returnForChanges(m_grant.id, comment);
            break;
        case Decision::Cancel:
            grants.cancel(m_grant.id, comment);
            break;
        case Decision::Close:
            grants.close(m_grant.id, comment);
            break;
        case Decision::AuthoriseOvercommit:
            grants.authoriseOvercommit(m_grant.id, comment);
            break;
        }
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    Q_EMIT decided(m_grant.id);
    accept();
}

} // namespace ui
} // namespace amparo
