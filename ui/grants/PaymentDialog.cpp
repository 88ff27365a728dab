#include "grants/PaymentDialog.h"

#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "funds/AmountFields.h"
#include "grants/DisbursementService.h"
#include "main/SessionHolder.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

PaymentDialog::PaymentDialog(SessionHolder& holder, const Grant& grant, Kind kind, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_grant(grant), m_kind(kind), m_intro(new QLabel(this)),
      m_amount(new AmountFields(this)), m_date(new QDateEdit(this)), m_note(new QLineEdit(this)),
      m_dateLabel(new QLabel(this)), m_noteLabel(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_accept(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_intro->setWordWrap(true);
    m_amount->setFundCurrency(grant.currency);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(fullYearDateFormat());
    m_date->setDate(holder.session().clock().nowUtc().toLocalTime().date());
    m_dateLabel->setBuddy(m_date);
    m_noteLabel->setBuddy(m_note);

    auto* form = new QFormLayout;
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_noteLabel, m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_amount);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    retranslate();
}

void PaymentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PaymentDialog::retranslate()
{
    const bool payment = m_kind == Kind::Payment;
    setWindowTitle(payment ? tr("Record a payment") : tr("Record a refund"));
    //: %1 is a grant reference, %2 an amount with its currency.
    m_intro->setText(
        payment
            ? tr("A payment for grant %1, which still has %2 committed.")
                  .arg(m_grant.reference, displayAmount(m_grant.outstandingMinor, m_grant.currency))
            : tr("Unspent money returned for grant %1, of which %2 was paid.")
                  .arg(m_grant.reference,
                       displayAmount(m_grant.paidMinor - m_grant.refundedMinor, m_grant.currency)));
    m_date->setDisplayFormat(fullYearDateFormat());
    m_date->setAccessibleName(payment ? tr("Date paid") : tr("Date refunded"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional: bank reference, who received it"));
    m_dateLabel->setText(payment ? tr("&Paid on:") : tr("&Refunded on:"));
    m_noteLabel->setText(tr("&Note:"));
    m_accept->setText(payment ? tr("Record the &payment") : tr("Record the &refund"));
}

void PaymentDialog::accept()
{
    if (m_holder.isLocked())
        return;
    try {
        PaymentInput input;
        input.grantId = m_grant.id;
        input.currency = m_amount->currency();
        input.amountMinor = m_amount->amountMinor();
        input.rate = m_amount->rate();
        input.date = m_date->date();
        input.note = m_note->text();
        DisbursementService disbursements(m_holder.session());
        m_recordedId =
            m_kind == Kind::Payment ? disbursements.pay(input).id : disbursements.refund(input).id;
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
