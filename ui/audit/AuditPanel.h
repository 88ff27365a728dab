#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace amparo {
namespace audit {
struct ChainVerification;
} // namespace audit
} // namespace amparo

namespace amparo {
namespace ui {

class SessionHolder;

// Checks the audit trail's hash chain on demand and says what it found.
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPanel(SessionHolder& holder, QWidget* parent = nullptr);

private:
    void verify();
    void showResult(const audit::ChainVerification& result);

    SessionHolder& m_holder;
    QPushButton* m_verify;
    QLabel* m_result;
};

} // namespace ui
} // namespace amparo
