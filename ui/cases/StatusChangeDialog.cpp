#include "cases/StatusChangeDialog.h"

#include "cases/CaseService.h"
#include "common/ErrorLabel.h"
#include "domain/Vocabulary.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

StatusChangeDialog::StatusChangeDialog(std::function<Session&()> session, qint64 caseId,
                                       const QString& fromStatus, const QString& toStatus,
                                       QWidget* parent)
    : QDialog(parent), m_session(std::move(session)), m_caseId(caseId), m_fromStatus(fromStatus),
      m_toStatus(toStatus), m_intro(new QLabel(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_error(new ErrorLabel(this))
{
    m_intro->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_reasonLabel->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 280);
    retranslate();
}

void StatusChangeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StatusChangeDialog::retranslate()
{
    const QString to = termLabel(Vocabulary::CaseStatus, m_toStatus);
    setWindowTitle(tr("Change the status to %1").arg(to));
    m_intro->setText(tr("The case moves from %1 to %2. Why? The reason stays in the "
                        "case's history.")
                         .arg(termLabel(Vocabulary::CaseStatus, m_fromStatus), to));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("For example: the lawyer's report was received."));
    m_change->setText(tr("&Change the status"));
}

void StatusChangeDialog::accept()
{
    try {
        CaseService(m_session()).transition(m_caseId, m_toStatus, m_reason->toPlainText());
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
