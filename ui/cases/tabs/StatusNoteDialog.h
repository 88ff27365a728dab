#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;

// Asks for the note that goes with a change of status (kept in the audit
// trail). Like AssistanceDialog it only gathers: the tab asks the core and
// shows its refusal here, keeping the dialog open. The question is the
// owner's: it sets it again with setQuestion() when the language changes.
class StatusNoteDialog : public QDialog
{
    Q_OBJECT

public:
    // `question` says what will change, e.g. "Move … from Requested to
    // Approved?"; `confirmLabel` names the button that changes it.
    StatusNoteDialog(const QString& question, const QString& confirmLabel,
                     QWidget* parent = nullptr);

    void setQuestion(const QString& question, const QString& confirmLabel);
    QString note() const;
    void setNote(const QString& note);
    void showError(const QString& message);

Q_SIGNALS:
    void confirmRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_question;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    ErrorLabel* m_error;
    QPushButton* m_confirm;
};

} // namespace ui
} // namespace amparo
