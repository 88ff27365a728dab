#pragma once

#include "grants/Grant.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace amparo {
namespace ui {

class AmountFields;
class ErrorLabel;
class SessionHolder;

// Records a payment of an approved grant, or a refund of unspent money: the
// amount in any currency with the rate of the day when it is not the fund's,
// the date (today by default) and a note. The core checks everything and
// its message is shown here; nothing is recorded until it accepts.
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Payment,
        Refund,
    };

    PaymentDialog(SessionHolder& holder, const Grant& grant, Kind kind, QWidget* parent = nullptr);

    qint64 recordedId() const { return m_recordedId; }
    AmountFields& amount() const { return *m_amount; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SessionHolder& m_holder;
    Grant m_grant;
    Kind m_kind;
    qint64 m_recordedId = 0;
    QLabel* m_intro;
    AmountFields* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_dateLabel;
    QLabel* m_noteLabel;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    // Our own button: a button box resets the texts of its standard buttons
    // when the language changes, after we set ours.
    QPushButton* m_accept;
};

} // namespace ui
} // namespace amparo
