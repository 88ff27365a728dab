#pragma once

#include <QDate>
#include <QDialog>
#include <functional>
#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;

// An act that needs a few words of why, and sometimes a date: reversing a
// transaction, locking a period, finishing a grant's payments. The caller
// gives the texts (asked again when the language changes) and the act,
// which calls the core: the core's refusal is shown here and the dialog
// stays open; it closes once the act succeeded.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title;
        QString explanation;
        QString reasonLabel; // with its accelerator
        QString reasonName;  // accessible name
        QString dateLabel;   // used when the dialog asks for a date
        QString dateName;
        QString confirm;
    };
    using Act = std::function<void(const QString& reason, const QDate& date)>;

    // `date` present: the dialog asks for one, starting there.
    ReasonDialog(std::function<Texts()> texts, std::optional<QDate> date, Act act,
                 QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::function<Texts()> m_texts;
    Act m_act;
    QLabel* m_explanation;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    // Our own button: a button box resets the texts of its standard buttons
    // when the language changes, after we set ours.
    QPushButton* m_accept;
};

} // namespace ui
} // namespace amparo
