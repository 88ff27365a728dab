#include "cases/StatusChangeDialog.h"

#include "cases/CaseService.h"
#include "common/ErrorLabel.h"
#include "domain/Vocabulary.h"
#include "util/Error.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

StatusChangeDialog::StatusChangeDialog(std::function<Session&()> session, qint64 caseId,
                                       const QString& fromStatus, const QString& toStatus,
                                       QWidget* parent)
    : QDialog(parent), m_session(std::move(session)), m_caseId(caseId), m_toStatus(toStatus),
      m_reason(new QPlainTextEdit(this)), m_error(new ErrorLabel(this))
{
    const QString to = termLabel(Vocabulary::CaseStatus, toStatus);
    setWindowTitle(tr("Change the status to %1").arg(to));
    auto* intro = new QLabel(tr("The case moves from %1 to %2. Why? The reason stays in the "
                                "case's history.")
                                 .arg(termLabel(Vocabulary::CaseStatus, fromStatus), to),
                             this);
    intro->setWordWrap(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the lawyer's report was received."));
    auto* label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* change =
        buttons->addButton(tr("&Change the status"), QDialogButtonBox::AcceptRole);
    change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusChangeDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, 280);
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
