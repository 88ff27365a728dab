#pragma once

#include "assistance/Assistance.h"

#include <QDialog>
#include <QJsonObject>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QPlainTextEdit;
class QPushButton;

namespace amparo {
namespace ui {

class ErrorLabel;

// Adds or edits one assistance line of a case. The dialog only gathers what
// is typed: the tab saves it through the core when "Save" is pressed and
// shows the core's refusal here, so the dialog stays open with what was typed
// until the line is really saved.
class AssistanceDialog : public QDialog
{
    Q_OBJECT

public:
    // (id, label) pairs offered as beneficiaries and providers.
    using Choices = std::vector<std::pair<qint64, QString>>;

    AssistanceDialog(const Assistance& assistance, const Choices& people, const Choices& providers,
                     QWidget* parent = nullptr);

    // What the form holds, over the line it was opened with.
    Assistance assistance() const;
    bool isNew() const { return m_original.id == 0; }
    void showError(const QString& message);
    // Shows the beneficiaries offered by these labels (the owner's, in the
    // current language), each found by its id.
    void relabelPeople(const Choices& people);

    // What was typed, to reopen the dialog after the vault unlocks again.
    QJsonObject draft() const;
    static Assistance fromDraft(const QJsonObject& draft);

Q_SIGNALS:
    // "Save" was pressed; the tab saves and closes the dialog on success.
    void saveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    static void fillChoices(QComboBox* combo, const Choices& choices,
                            std::optional<qint64> current);

    Assistance m_original;
    QFormLayout* m_form;
    QComboBox* m_type;
    QComboBox* m_person;
    QComboBox* m_provider;
    QPlainTextEdit* m_description;
    QDateEdit* m_requestedOn;
    QDateEdit* m_startedOn;
    QDateEdit* m_completedOn;
    QPlainTextEdit* m_outcome;
    ErrorLabel* m_error;
    QPushButton* m_save;
};

} // namespace ui
} // namespace amparo
