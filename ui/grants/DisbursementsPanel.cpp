#include "grants/DisbursementsPanel.h"

#include "attachments/AttachmentService.h"
#include "auth/Permission.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/ListTable.h"
#include "common/ReasonDialog.h"
#include "common/Retranslate.h"
#include "domain/Vocabulary.h"
#include "grants/DisbursementService.h"
#include "grants/DisbursementTableModel.h"
#include "grants/GrantService.h"
#include "grants/PaymentDialog.h"
#include "ledger/Corrections.h"
#include "main/SessionHolder.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

DisbursementsPanel::DisbursementsPanel(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_model(new DisbursementTableModel(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)), m_receiptsLabel(new QLabel(this)),
      m_receipts(new QListWidget(this)), m_error(new ErrorLabel(this)),
      m_pay(new QPushButton(this)), m_refund(new QPushButton(this)),
      m_attach(new QPushButton(this)), m_reverse(new QPushButton(this)),
      m_finish(new QPushButton(this)), m_justify(new QPushButton(this))
{
    trackDecryptedData(m_receipts, [this] { return m_receipts->count(); });
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_receiptsLabel->setBuddy(m_receipts);
    m_receipts->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_pay);
    actions->addWidget(m_refund);
    actions->addWidget(m_attach);
    actions->addWidget(m_reverse);
    actions->addStretch(1);
    actions->addWidget(m_finish);
    actions->addWidget(m_justify);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_receiptsLabel);
    layout->addWidget(m_receipts);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showReceipts();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showReceipts();
        updateButtons();
    });
    connect(m_pay, &QPushButton::clicked, this, [this] { recordPayment(false); });
    connect(m_refund, &QPushButton::clicked, this, [this] { recordPayment(true); });
    connect(m_attach, &QPushButton::clicked, this, &DisbursementsPanel::chooseReceipt);
    connect(m_reverse, &QPushButton::clicked, this, &DisbursementsPanel::reverseSelected);
    connect(m_finish, &QPushButton::clicked, this, &DisbursementsPanel::finishPayments);
    connect(m_justify, &QPushButton::clicked, this, &DisbursementsPanel::markJustified);
    connect(&holder, &SessionHolder::aboutToLock, this, &DisbursementsPanel::clear);
    retranslate();
    updateButtons();
}

void DisbursementsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DisbursementsPanel::retranslate()
{
    m_table->setAccessibleName(tr("Payments and refunds"));
    m_summary->setAccessibleName(tr("Grant payments summary"));
    m_receiptsLabel->setText(tr("Re&ceipts of the selected payment:"));
    m_receipts->setAccessibleName(tr("Receipts of the selected payment"));
    m_pay->setText(tr("Record a &payment…"));
    m_pay->setAccessibleName(tr("Record a payment"));
    m_refund->setText(tr("Record a re&fund…"));
    m_refund->setAccessibleName(tr("Record a refund"));
    m_attach->setText(tr("&Attach a receipt…"));
    m_attach->setAccessibleName(tr("Attach a receipt"));
    m_attach->setToolTip(tr("Store a scan or photo of the receipt with the selected payment."));
    m_reverse->setText(tr("Re&verse…"));
    m_reverse->setAccessibleName(tr("Reverse the payment"));
    m_reverse->setToolTip(
        tr("Cancel the selected payment or refund in the ledger with a reversing entry."));
    m_finish->setText(tr("&No more payments"));
    m_finish->setAccessibleName(tr("No more payments"));
    m_finish->setToolTip(
        tr("The grant is fully paid: what was approved and not paid returns to the fund."));
    m_justify->setText(tr("Mark &justified"));
    m_justify->setAccessibleName(tr("Mark justified"));
    m_justify->setToolTip(tr("Every payment has its receipt: the grant is justified."));
    retranslateModel(*m_model);
    updateSummary();
}

bool DisbursementsPanel::recordsLedger() const
{
    return !m_holder.isLocked() &&
           auth::rolesAllow(m_holder.session().user().roles, auth::Permission::RecordLedger);
}

void DisbursementsPanel::showGrant(qint64 grantId)
{
    m_error->clearError();
    m_grant = Grant();
    m_grant->id = grantId;
    reload();
}

void DisbursementsPanel::clear()
{
    delete m_dialog;
    m_grant.reset();
    m_model->clear();
    m_receipts->clear();
    m_error->clearError();
    updateSummary();
    updateButtons();
}

void DisbursementsPanel::reload()
{
    if (!m_grant || m_holder.isLocked() || m_holder.isBusy())
        return;
    const qint64 selectedId = selected() ? selected()->id : 0;
    try {
        Session& session = m_holder.session();
        m_grant = GrantService(session).get(m_grant->id);
        m_model->setRows(DisbursementService(session).list(m_grant->id));
    } catch (const Error& error) {
        m_model->clear();
        m_error->showError(error.message());
    }
    if (const int row = m_model->rowOf(selectedId); row >= 0)
        m_table->selectRow(row);
    updateSummary();
    updateButtons();
}

void DisbursementsPanel::updateSummary()
{
    if (!m_grant || m_grant->reference.isEmpty()) {
        m_summary->setText(tr("No grant is selected."));
        return;
    }
    const Grant& g = *m_grant;
    //: %1 grant reference, %2 its status, %3 approved, %4 paid, %5 refunded, %6 still committed.
    m_summary->setText(tr("Grant %1 (%2): approved %3; paid %4; refunded %5; still committed %6.")
                           .arg(g.reference, termLabel(Vocabulary::GrantStatus, g.status),
                                displayAmount(g.approvedMinor.value_or(0), g.currency),
                                displayAmount(g.paidMinor, g.currency),
                                displayAmount(g.refundedMinor, g.currency),
                                displayAmount(g.outstandingMinor, g.currency)));
}

const Disbursement* DisbursementsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

void DisbursementsPanel::updateButtons()
{
    const bool finance = recordsLedger();
    for (QPushButton* button : {m_pay, m_refund, m_attach, m_reverse, m_finish, m_justify})
        button->setVisible(finance);
    const QString status = m_grant ? m_grant->status : QString();
    const Disbursement* row = selected();
    const bool paid = status == QLatin1String("disbursing") ||
                      status == QLatin1String("disbursed") || status == QLatin1String("justified");
    m_pay->setEnabled(status == QLatin1String("approved") || status == QLatin1String("disbursing"));
    m_refund->setEnabled(paid);
    m_attach->setEnabled(row && row->kind == QLatin1String("payment") && !row->reversed);
    m_reverse->setEnabled(row && !row->reversed && paid);
    m_finish->setEnabled(status == QLatin1String("disbursing"));
    m_justify->setEnabled(status == QLatin1String("disbursed"));
}

void DisbursementsPanel::showReceipts()
{
    m_receipts->clear();
    const Disbursement* row = selected();
    if (!row || row->receiptCount == 0 || m_holder.isLocked())
        return;
    try {
        for (const Attachment& receipt :
             AttachmentService(m_holder.session()).list(QStringLiteral("disbursement"), row->id))
            m_receipts->addItem(receipt.fileName);
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
}

void DisbursementsPanel::openDialog(QDialog* dialog)
{
    delete m_dialog;
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DisbursementsPanel::recorded);
    dialog->open();
}

void DisbursementsPanel::recorded()
{
    m_error->clearError();
    reload();
    if (m_grant)
        Q_EMIT grantChanged(m_grant->id);
}

void DisbursementsPanel::recordPayment(bool refund)
{
    if (!m_grant || m_holder.isLocked())
        return;
    auto* dialog = new PaymentDialog(
        m_holder, *m_grant, refund ? PaymentDialog::Kind::Refund : PaymentDialog::Kind::Payment,
        this);
    openDialog(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const int row = m_model->rowOf(dialog->recordedId()); row >= 0)
            m_table->selectRow(row);
    });
}

void DisbursementsPanel::chooseReceipt()
{
    if (!selected())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach a receipt to the payment"), QDir::homePath());
    if (!path.isEmpty())
        attachReceipt(path);
}

bool DisbursementsPanel::attachReceipt(const QString& path)
{
    const Disbursement* row = selected();
    if (!row || !m_grant || m_holder.isLocked())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the system's reason.
        m_error->showError(
            tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    QByteArray content = file.readAll();
    const qint64 id = row->id;
    try {
        // The declared type is only a hint: the core checks it against the content.
        DisbursementService(m_holder.session())
            .addReceipt(id, QFileInfo(path).fileName(),
                        QMimeDatabase().mimeTypeForFile(path).name(), content);
    } catch (const Error& error) {
        content.fill('\0');
        m_error->showError(error.message());
        return false;
    }
    content.fill('\0');
    recorded();
    if (const int at = m_model->rowOf(id); at >= 0)
        m_table->selectRow(at);
    return true;
}

void DisbursementsPanel::reverseSelected()
{
    const Disbursement* row = selected();
    if (!row || m_holder.isLocked())
        return;
    const qint64 transactionId = row->transactionId;
    const Disbursement shown = *row;
    const auto texts = [shown] {
        ReasonDialog::Texts t;
        t.title = tr("Reverse a payment");
        //: %1 payment or refund, %2 its amount, %3 its date.
        t.explanation =
            tr("The %1 of %2 on %3 stays in the ledger and a reversing entry "
               "cancels it. Say why, for the auditors.")
                .arg(shown.kind == QLatin1String("refund") ? tr("refund") : tr("payment"),
                     displayAmount(shown.amountMinor, shown.currency),
                     QLocale().toString(shown.paidOn, fullYearDateFormat()));
        t.reasonLabel = tr("&Reason:");
        t.reasonName = tr("Reason for the reversal");
        t.dateLabel = tr("&Dated:");
        t.dateName = tr("Date of the reversal");
        t.confirm = tr("&Reverse");
        return t;
    };
    SessionHolder& holder = m_holder;
    openDialog(new ReasonDialog(
        texts, holder.session().clock().nowUtc().toLocalTime().date(),
        [&holder, transactionId](const QString& reason, const QDate& date) {
            Corrections(holder.session()).reverse(transactionId, reason, date);
        },
        this));
}

void DisbursementsPanel::finishPayments()
{
    if (!m_grant || m_holder.isLocked())
        return;
    const Grant grant = *m_grant;
    const auto texts = [grant] {
        ReasonDialog::Texts t;
        t.title = tr("No more payments");
        //: %1 grant reference, %2 an amount.
        t.explanation =
            tr("Grant %1 will be paid no further: the %2 still committed returns to "
               "the fund.")
                .arg(grant.reference, displayAmount(grant.outstandingMinor, grant.currency));
        t.reasonLabel = tr("&Comment:");
        t.reasonName = tr("Comment");
        t.confirm = tr("&No more payments");
        return t;
    };
    SessionHolder& holder = m_holder;
    openDialog(new ReasonDialog(
        texts, std::nullopt,
        [&holder, id = grant.id](const QString& comment, const QDate&) {
            DisbursementService(holder.session()).finishPayments(id, comment);
        },
        this));
}

void DisbursementsPanel::markJustified()
{
    if (!m_grant || m_holder.isLocked())
        return;
    const Grant grant = *m_grant;
    const auto texts = [grant] {
        ReasonDialog::Texts t;
        t.title = tr("Mark justified");
        t.explanation = tr("Every payment of grant %1 has its receipt: the grant is justified.")
                            .arg(grant.reference);
        t.reasonLabel = tr("&Comment:");
        t.reasonName = tr("Comment");
        t.confirm = tr("Mark &justified");
        return t;
    };
    SessionHolder& holder = m_holder;
    openDialog(new ReasonDialog(
        texts, std::nullopt,
        [&holder, id = grant.id](const QString& comment, const QDate&) {
            DisbursementService(holder.session()).markJustified(id, comment);
        },
        this));
}

} // namespace ui
} // namespace amparo
