#pragma once

#include "cases/CaseTab.h"
#include "cases/tabs/RecordDialog.h"

#include <QMessageBox>
#include <QPointer>

namespace amparo {
namespace ui {

// What the violations and interventions tabs share: one editing dialog at a
// time, opened window-modal (never in a nested event loop, so an auto-lock
// can close it), kept as a draft when the vault locks, and wiped at lock.
class RecordTab : public CaseTab
{
    Q_OBJECT

public:
    using CaseTab::CaseTab;

    // The editing dialog now open, or nullptr.
    RecordDialog* editor() const { return m_editor; }
    // The question asked before removing a record, while it is open.
    QMessageBox* confirmation() const { return m_confirmation; }
    QJsonObject draft() const override;

protected:
    // Opens `dialog` (which the tab now owns); after the core has saved it,
    // the tab reloads, announces recordsChanged() and calls `afterSave`.
    void openEditor(RecordDialog* dialog, std::function<void()> afterSave = {});
    // Asks `question`; `onYes` runs if the user confirms.
    void confirm(const QString& title, const QString& question, const QString& yesText,
                 std::function<void()> onYes);
    // Closes and wipes the dialogs, as at lock.
    void dropDialogs();
    // How many dialogs holding case data are open, for trackDecryptedData().
    int dialogsHeld() const;
    // The core's reason why this user may not edit the case's records, or
    // empty when they may.
    QString editRefusal() const;

private:
    QPointer<RecordDialog> m_editor;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace ui
} // namespace amparo
