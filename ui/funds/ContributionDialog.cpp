#include "funds/ContributionDialog.h"

#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "funds/AmountFields.h"
#include "funds/FundService.h"
#include "main/SessionHolder.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
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

ContributionDialog::ContributionDialog(SessionHolder& holder, const std::vector<Fund>& funds,
                                       const std::vector<Organisation>& donors, qint64 fundId,
                                       QWidget* parent)
    : QDialog(parent), m_holder(holder), m_funds(funds), m_fund(new QComboBox(this)),
      m_donor(new QComboBox(this)), m_date(new QDateEdit(this)), m_amount(new AmountFields(this)),
      m_reference(new QLineEdit(this)), m_fundLabel(new QLabel(this)),
      m_donorLabel(new QLabel(this)), m_dateLabel(new QLabel(this)),
      m_referenceLabel(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_accept(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    for (const Fund& fund : m_funds) {
        m_fund->addItem(QString(), fund.id);
        if (fund.id == fundId)
            m_fund->setCurrentIndex(m_fund->count() - 1);
    }
    m_donor->addItem(QString(), QVariant()); // no donor named
    for (const Organisation& donor : donors)
        m_donor->addItem(donor.name, donor.id);
    m_date->setCalendarPopup(true);
    m_date->setDate(holder.session().clock().nowUtc().toLocalTime().date());
    m_fundLabel->setBuddy(m_fund);
    m_donorLabel->setBuddy(m_donor);
    m_dateLabel->setBuddy(m_date);
    m_referenceLabel->setBuddy(m_reference);

    auto* form = new QFormLayout;
    form->addRow(m_fundLabel, m_fund);
    form->addRow(m_donorLabel, m_donor);
    form->addRow(m_dateLabel, m_date);
    auto* after = new QFormLayout;
    after->addRow(m_referenceLabel, m_reference);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_amount);
    layout->addLayout(after);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_fund, &QComboBox::currentIndexChanged, this, &ContributionDialog::fundChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContributionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContributionDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    fundChosen();
    retranslate();
}

void ContributionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ContributionDialog::retranslate()
{
    setWindowTitle(tr("Record a contribution"));
    for (int i = 0; i < m_fund->count(); ++i) {
        const Fund& fund = m_funds[static_cast<std::size_t>(i)];
        //: A fund: %1 its code, %2 its name, %3 its currency.
        m_fund->setItemText(i, tr("%1 — %2 (%3)").arg(fund.code, fund.name, fund.currency));
    }
    m_donor->setItemText(0, tr("No donor named"));
    m_fund->setAccessibleName(tr("Fund"));
    m_donor->setAccessibleName(tr("Donor"));
    m_date->setAccessibleName(tr("Date received"));
    m_date->setDisplayFormat(fullYearDateFormat());
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("Optional: the donor's or the bank's reference"));
    m_fundLabel->setText(tr("&Fund:"));
    m_donorLabel->setText(tr("&Donor:"));
    m_dateLabel->setText(tr("Received &on:"));
    m_referenceLabel->setText(tr("R&eference:"));
    m_accept->setText(tr("Record the &contribution"));
}

void ContributionDialog::fundChosen()
{
    const int index = m_fund->currentIndex();
    if (index >= 0)
        m_amount->setFundCurrency(m_funds[static_cast<std::size_t>(index)].currency);
}

void ContributionDialog::accept()
{
    if (m_holder.isLocked() || m_fund->currentIndex() < 0)
        return;
    try {
        Contribution input;
        input.fundId = m_fund->currentData().toLongLong();
        if (m_donor->currentData().isValid())
            input.donorId = m_donor->currentData().toLongLong();
        input.receivedOn = m_date->date();
        input.currency = m_amount->currency();
        input.amountMinor = m_amount->amountMinor();
        input.rate = m_amount->rate();
        input.reference = m_reference->text();
        m_recordedFundId = FundService(m_holder.session()).recordContribution(input).fundId;
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
