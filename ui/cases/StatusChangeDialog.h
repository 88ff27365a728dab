#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class ErrorLabel;

// Moves a case to another status of its workflow, with the reason the
// history keeps ("Lawyer's report received"). The core decides whether the
// move is allowed and whether the reason will do; its answer is shown here.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(std::function<Session&()> session, qint64 caseId, const QString& fromStatus,
                       const QString& toStatus, QWidget* parent = nullptr);

    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::function<Session&()> m_session;
    qint64 m_caseId;
    QString m_fromStatus;
    QString m_toStatus;
    QLabel* m_intro;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    ErrorLabel* m_error;
    QPushButton* m_change;
};

} // namespace ui
} // namespace amparo
