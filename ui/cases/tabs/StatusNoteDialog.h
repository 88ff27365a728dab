#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;

// Asks for the note that goes with a change of status (kept in the audit
// trail). Like AssistanceDialog it only gathers: the tab asks the core and
// shows its refusal here, keeping the dialog open.
class StatusNoteDialog : public QDialog
{
    Q_OBJECT

public:
    // `question` says what will change, e.g. "Move … from Requested to Approved?"
    StatusNoteDialog(const QString& question, const QString& confirmLabel,
                     QWidget* parent = nullptr);

    QString note() const;
    void setNote(const QString& note);
    void showError(const QString& message);

Q_SIGNALS:
    void confirmRequested();

private:
    QPlainTextEdit* m_note;
    ErrorLabel* m_error;
    QPushButton* m_confirm;
};

} // namespace ui
} // namespace amparo
