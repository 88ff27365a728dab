#include "people/RecordConsentDialog.h"

#include "common/ErrorLabel.h"
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
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QDateEdit* dateEdit(QWidget* parent, const QDate& date, const QString& accessibleName)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    // Never a two-digit year.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

} // namespace

RecordConsentDialog::RecordConsentDialog(SessionHolder& holder, qint64 personId,
                                         const QString& pseudonym, QWidget* parent)
    : QDialog(parent), m_holder(holder), m_personId(personId),
      m_purpose(termBox(Vocabulary::ConsentPurpose, tr("Purpose"), this)),
      m_decision(termBox(Vocabulary::ConsentStatus, tr("Decision"), this)),
      m_expires(new QCheckBox(tr("E&xpires on:"), this)), m_method(new QLineEdit(this)),
      m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Record consent of %1").arg(pseudonym));
    // The session's clock, not the machine's: "today" is the vault's today.
    const QDate today = holder.session().clock().nowUtc().date();
    m_decidedOn = dateEdit(this, today, tr("Date of the decision"));
    m_expiresOn = dateEdit(this, today.addYears(1), tr("Expiry date"));
    m_expiresOn->setEnabled(false);
    m_expires->setAccessibleName(tr("Consent expires"));
    m_method->setAccessibleName(tr("How consent was obtained"));
    m_method->setPlaceholderText(tr("e.g. signed form; verbal, witnessed by a colleague"));

    auto* note = new QLabel(tr("A decision is never changed afterwards. If the person changes "
                               "their mind, record a new decision (for example \"Withdrawn\")."),
                            this);
    note->setWordWrap(true);

    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresOn, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("Decided &on:"), m_decidedOn);
    form->addRow(QString(), expiry);
    form->addRow(tr("&How obtained:"), m_method);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Record the decision"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_expires, &QCheckBox::toggled, m_expiresOn, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordConsentDialog::reject);
    connect(&holder, &SessionHolder::aboutToLock, this, &QDialog::reject);
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
