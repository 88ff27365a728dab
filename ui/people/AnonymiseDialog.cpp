#include "people/AnonymiseDialog.h"

#include "common/ErrorLabel.h"
#include "main/SessionHolder.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AnonymiseDialog::AnonymiseDialog(SessionHolder& holder, qint64 personId, const QString& pseudonym,
                                 QWidget* parent)
    : QDialog(parent), m_holder(holder), m_personId(personId), m_pseudonym(pseudonym),
      m_explanation(new QLabel(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_understood(new QCheckBox(this)),
      m_error(new ErrorLabel(this))
{
    m_explanation->setWordWrap(true);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // A button of our own, not the standard OK: the box would give that its
    // standard text back when the language changes.
    m_anonymise = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_anonymise->setEnabled(false);
    // Cancel, not the irreversible act, answers a stray Enter.
    m_anonymise->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_explanation);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_understood);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslate();

    connect(m_understood, &QCheckBox::toggled, m_anonymise, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnonymiseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnonymiseDialog::reject);
    connect(&holder, &SessionHolder::aboutToLock, this, &QDialog::reject);
}

void AnonymiseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AnonymiseDialog::retranslate()
{
    setWindowTitle(tr("Anonymise %1").arg(m_pseudonym));
    m_explanation->setText(
        tr("Anonymising removes %1's name, date of birth, contact details, address, notes and "
           "attached documents for good. The pseudonym, the cases and the payments stay, so "
           "that the records remain whole.")
            .arg(m_pseudonym));
    m_reasonLabel->setText(tr("&Why is this person anonymised?"));
    m_reason->setAccessibleName(tr("Reason for anonymising"));
    m_reason->setPlaceholderText(tr("e.g. the person asked for their data to be erased"));
    m_understood->setText(tr("I &understand that this cannot be undone."));
    m_understood->setAccessibleName(tr("Confirm anonymising"));
    m_anonymise->setText(tr("&Anonymise"));
    m_anonymise->setAccessibleName(tr("Anonymise"));
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
