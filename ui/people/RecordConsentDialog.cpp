#include "people/RecordConsentDialog.h"

#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "common/TermBox.h"
#include "domain/Vocabulary.h"
#include "main/SessionHolder.h"
#include "people/Consent.h"
#include "people/ConsentService.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QDateEdit* dateEdit(QWidget* parent, const QDate& date)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

RecordConsentDialog::RecordConsentDialog(SessionHolder& holder, qint64 personId,
                                         const QString& pseudonym, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_personId(personId), m_pseudonym(pseudonym),
      m_note(new QLabel(this)), m_purpose(new QComboBox(this)), m_decision(new QComboBox(this)),
      m_expires(new QCheckBox(this)), m_method(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    addTerms(m_purpose, Vocabulary::ConsentPurpose);
    addTerms(m_decision, Vocabulary::ConsentStatus);
    // The session's clock, not the machine's: "today" is the vault's today.
    const QDate today = holder.session().clock().nowUtc().date();
    m_decidedOn = dateEdit(this, today);
    m_expiresOn = dateEdit(this, today.addYears(1));
    m_expiresOn->setEnabled(false);
    m_note->setWordWrap(true);

    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresOn, 1);
    auto* form = new QFormLayout;
    m_purposeLabel = addFormRow(*form, m_purpose);
    m_decisionLabel = addFormRow(*form, m_decision);
    m_decidedOnLabel = addFormRow(*form, m_decidedOn);
    form->addRow(QString(), expiry);
    m_methodLabel = addFormRow(*form, m_method);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // A button of our own, not the standard OK: the box would give that its
    // standard text back when the language changes.
    m_record = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_record->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslate();

    connect(m_expires, &QCheckBox::toggled, m_expiresOn, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordConsentDialog::reject);
    connect(&holder, &SessionHolder::aboutToLock, this, &QDialog::reject);
}

void RecordConsentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecordConsentDialog::retranslate()
{
    setWindowTitle(tr("Record consent of %1").arg(m_pseudonym));
    m_note->setText(tr("A decision is never changed afterwards. If the person changes "
                       "their mind, record a new decision (for example \"Withdrawn\")."));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_purpose->setAccessibleName(tr("Purpose"));
    retranslateTerms(m_purpose, Vocabulary::ConsentPurpose);
    m_decisionLabel->setText(tr("&Decision:"));
    m_decision->setAccessibleName(tr("Decision"));
    retranslateTerms(m_decision, Vocabulary::ConsentStatus);
    m_decidedOnLabel->setText(tr("Decided &on:"));
    m_decidedOn->setAccessibleName(tr("Date of the decision"));
    m_expires->setText(tr("E&xpires on:"));
    m_expires->setAccessibleName(tr("Consent expires"));
    m_expiresOn->setAccessibleName(tr("Expiry date"));
    for (QDateEdit* date : {m_decidedOn, m_expiresOn})
        date->setDisplayFormat(fullYearDateFormat());
    m_methodLabel->setText(tr("&How obtained:"));
    m_method->setAccessibleName(tr("How consent was obtained"));
    m_method->setPlaceholderText(tr("e.g. signed form; verbal, witnessed by a colleague"));
    m_record->setText(tr("&Record"));
    m_record->setAccessibleName(tr("Record the decision"));
}

void RecordConsentDialog::accept()
{
    Consent consent;
    consent.personId = m_personId;
    consent.purpose = m_purpose->currentData().toString();
    consent.status = m_decision->currentData().toString();
    consent.decidedOn = m_decidedOn->date();
    if (m_expires->isChecked())
        consent.expiresOn = m_expiresOn->date();
    consent.method = m_method->text();
    try {
        ConsentService(m_holder.session()).record(consent);
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    Q_EMIT recorded();
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
