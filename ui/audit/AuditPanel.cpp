#include "audit/AuditPanel.h"

#include "audit/AuditAccess.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "vault/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

AuditPanel::AuditPanel(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_intro(new QLabel(this)), m_verify(new QPushButton(this)),
      m_result(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_result);
    connect(m_verify, &QPushButton::clicked, this, &AuditPanel::verify);
    retranslate();
}

void AuditPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPanel::retranslate()
{
    m_intro->setText(tr("Every change in the vault is recorded in a chain where each "
                        "entry seals the one before. Verifying recomputes the chain and "
                        "finds any entry altered or removed."));
    m_verify->setText(tr("Verify the audit &trail"));
    m_verify->setAccessibleName(tr("Verify the audit trail"));
    m_result->setAccessibleName(tr("Result of the audit trail verification"));
    if (!m_result->isHidden())
        updateResultText();
}

void AuditPanel::verify()
{
    m_verify->setEnabled(false);
    m_lastResult.reset();
    updateResultText();
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
    m_lastResult = result;
    m_checkedAt = QTime::currentTime();
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText,
                     result.intact ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x1c, 0x1c));
    m_result->setPalette(palette);
    updateResultText();
}

void AuditPanel::updateResultText()
{
    if (!m_lastResult)
        return m_result->setText(tr("Verifying…"));
    const QString time = QLocale().toString(m_checkedAt, QLocale::ShortFormat);
    // The problem is the core's words, in the language of the verification.
    m_result->setText(m_lastResult->intact
                          ? tr("Intact: %n entries checked, none altered (at %1).", nullptr,
                               static_cast<int>(m_lastResult->entries))
                                .arg(time)
                          : tr("The audit trail has been altered or damaged (checked at %1): %2")
                                .arg(time, m_lastResult->problem));
}

} // namespace ui
} // namespace amparo
