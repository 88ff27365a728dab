#pragma once

#include "cases/CaseTab.h"

#include <QDialog>
#include <QJsonObject>
#include <utility>
#include <vector>

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
// Subclasses build their fields without texts and set every text in
// retranslate(), which they call once built and which runs again whenever
// the language changes.
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
    // Sets every translated text of the subclass; the terms of termCombo()s
    // and the format of dateEdit()s are already in the current language.
    virtual void retranslate() = 0;
    bool event(QEvent* event) override;
    Session& session() const { return m_session(); }

    // The fields, above the error and the buttons. A row added by addRow()
    // gets its label from setRowLabel() in retranslate().
    QFormLayout* form() const { return m_form; }
    void addRow(QWidget* field);
    void setRowLabel(QWidget* field, const QString& text);
    void addBelowForm(QWidget* widget);
    // Names the default button, e.g. "&Save".
    void setSaveText(const QString& text);

    // Fields the record dialogs share: a closed list shown by its labels, a
    // long text where Tab moves on, a date with four-digit years.
    QComboBox* termCombo(Vocabulary vocabulary);
    QPlainTextEdit* longText();
    QDateEdit* dateEdit();
    static void selectData(QComboBox* combo, const QVariant& data);

private:
    CaseTab::SessionAccess m_session;
    QFormLayout* m_form;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    std::vector<std::pair<QComboBox*, Vocabulary>> m_termCombos;
    std::vector<QDateEdit*> m_dateEdits;
};

} // namespace ui
} // namespace amparo
