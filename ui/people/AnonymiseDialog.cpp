#include "people/AnonymiseDialog.h"

#include "common/ErrorLabel.h"
#include "main/SessionHolder.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AnonymiseDialog::AnonymiseDialog(SessionHolder& holder, qint64 personId, const QString& pseudonym,
                                 QWidget* parent)
    : QDialog(parent), m_holder(holder), m_personId(personId), m_reason(new QPlainTextEdit(this)),
      m_understood(new QCheckBox(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Anonymise %1").arg(pseudonym));
    auto* explanation = new QLabel(
        tr("Anonymising removes %1's name, date of birth, contact details, address, notes and "
           "attached documents for good. The pseudonym, the cases and the payments stay, so "
           "that the records remain whole.")
            .arg(pseudonym),
        this);
    explanation->setWordWrap(true);
    auto* reasonLabel = new QLabel(tr("&Why is this person anonymised?"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason for anonymising"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. the person asked for their data to be erased"));
    m_understood->setText(tr("I &understand that this cannot be undone."));
    m_understood->setAccessibleName(tr("Confirm anonymising"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_anonymise = buttons->button(QDialogButtonBox::Ok);
    m_anonymise->setText(tr("&Anonymise"));
    m_anonymise->setAccessibleName(tr("Anonymise"));
    m_anonymise->setEnabled(false);
    // Cancel, not the irreversible act, answers a stray Enter.
    m_anonymise->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(explanation);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_understood);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_understood, &QCheckBox::toggled, m_anonymise, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnonymiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnonymiseDialog::reject);
    connect(&holder, &SessionHolder::aboutToLock, this, &QDialog::reject);
}

void AnonymiseDialog::accept()
{
    if (!m_understood->isChecked())
        return;
    try {
        PersonService(m_holder.session()).anonymise(m_personId, m_reason->toPlainText());
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    Q_EMIT anonymised();
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
