#pragma once

#include "audit/AuditLog.h"

#include <QTime>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace amparo {
namespace ui {

class SessionHolder;

// Checks the audit trail's hash chain on demand and says what it found.
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPanel(SessionHolder& holder, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void verify();
    void showResult(const audit::ChainVerification& result);
    // Says what the last verification found, or that one is running.
    void updateResultText();

    SessionHolder& m_holder;
    QLabel* m_intro;
    QPushButton* m_verify;
    QLabel* m_result;
    // The last verification's result and when it was checked; none while one runs.
    std::optional<audit::ChainVerification> m_lastResult;
    QTime m_checkedAt;
};

} // namespace ui
} // namespace amparo
