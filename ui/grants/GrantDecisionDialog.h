#pragma once

#include "grants/Grant.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class ErrorLabel;

// One decision on a grant, with the comment or reason it needs: approve
// (an amount, possibly lower than asked), reject, return for changes,
// cancel, close, or authorise an over-commitment. The core decides whether
// it is allowed and what must be written; its message is shown in place.
class GrantDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session&()>;

    enum class Decision
    {
        Approve,
        Reject,
        Return,
        Cancel,
        Close,
        AuthoriseOvercommit,
    };

    GrantDecisionDialog(SessionAccess session, const Grant& grant, Decision decision,
                        QWidget* parent = nullptr);

    Decision decision() const { return m_decision; }
    // Makes the decision through the core; closes when it was accepted.
    void confirm();

Q_SIGNALS:
    void decided(qint64 grantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SessionAccess m_session;
    Grant m_grant;
    Decision m_decision;
    QLabel* m_question;
    QLabel* m_amountLabel;
    QLineEdit* m_amount;
    QLabel* m_commentLabel;
    QPlainTextEdit* m_comment;
    ErrorLabel* m_error;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
};

} // namespace ui
} // namespace amparo
