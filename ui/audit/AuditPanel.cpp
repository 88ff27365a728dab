#include "audit/AuditPanel.h"

#include "audit/AuditAccess.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "vault/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AuditPanel::AuditPanel(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder),
      m_verify(new QPushButton(tr("Verify the audit &trail"), this)), m_result(new QLabel(this))
{
    auto* intro = new QLabel(tr("Every change in the vault is recorded in a chain where each "
                                "entry seals the one before. Verifying recomputes the chain and "
                                "finds any entry altered or removed."),
                             this);
    intro->setWordWrap(true);
    m_verify->setAccessibleName(tr("Verify the audit trail"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result of the audit trail verification"));
    m_result->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_result);
    connect(m_verify, &QPushButton::clicked, this, &AuditPanel::verify);
}

void AuditPanel::verify()
{
    m_verify->setEnabled(false);
    m_result->setText(tr("Verifying…"));
    m_result->show();
    m_holder.run(
        this, [](Session& session) { return audit::verifyTrail(session); },
        [this](Outcome<audit::ChainVerification> outcome) {
            m_verify->setEnabled(true);
            if (outcome.error) {
                m_result->hide();
                showWarning(this, outcome.error->message());
                return;
            }
            showResult(*outcome.value);
        });
}

void AuditPanel::showResult(const audit::ChainVerification& result)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QPalette palette = this->palette();
    if (result.intact) {
        palette.setColor(QPalette::WindowText, QColor(0x1b, 0x5e, 0x20));
        m_result->setText(tr("Intact: %n entries checked, none altered (at %1).", nullptr,
                             static_cast<int>(result.entries))
                              .arg(time));
    } else {
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        m_result->setText(tr("The audit trail has been altered or damaged (checked at %1): %2")
                              .arg(time, result.problem));
    }
    m_result->setPalette(palette);
}

} // namespace ui
} // namespace amparo
