#pragma once

#include "cases/CaseTab.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QPlainTextEdit;

namespace amparo {
enum class Vocabulary;

namespace ui {

class ErrorLabel;

// A dialog that edits one record of a case and saves it through the core
// when accepted. A refusal of the core (a missing field, a date in the
// future, a role that may not edit) is shown in the dialog, which stays open
// with what was typed: nothing is written until the core accepts all of it.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(CaseTab::SessionAccess session, QWidget* parent = nullptr);

    // What was typed, with a "kind" key naming the dialog, to reopen it
    // after an unlock; restoreDraft() fills the fields again.
    virtual QJsonObject draft() const = 0;
    virtual void restoreDraft(const QJsonObject& draft) = 0;
    // Empties every field before the dialog goes away at lock.
    void wipe();

    // The problem the core reported on the last save, or empty.
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

protected:
    // Writes through the core; throws amparo::Error when the core refuses.
    virtual void save() = 0;
    Session& session() const { return m_session(); }
    // Lays out `form`, then the error and the buttons; `saveText` names the
    // default button.
    void setForm(QFormLayout* form, const QString& saveText);
    void addBelowForm(QWidget* widget);

    // Fields the record dialogs share: a closed list shown by its labels, a
    // long text where Tab moves on, a date with four-digit years.
    QComboBox* termCombo(Vocabulary vocabulary, const QString& accessibleName);
    QPlainTextEdit* longText(const QString& accessibleName);
    QDateEdit* dateEdit(const QString& accessibleName);
    static void selectData(QComboBox* combo, const QVariant& data);

private:
    CaseTab::SessionAccess m_session;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    QWidget* m_formArea = nullptr;
};

} // namespace ui
} // namespace amparo
