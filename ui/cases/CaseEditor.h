#pragma once

#include "auth/User.h"
#include "cases/Case.h"
#include "cases/CaseTabs.h"
#include "cases/StatusChangeDialog.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;

namespace amparo {
namespace ui {

class CaseSummaryForm;

// One case, whole: its summary fields and a tab for each kind of record
// (PRODUCT §4). The summary is edited in place and saved with Save; the
// other tabs save each record as it is made. Status changes are actions
// that ask for a reason. Leaving with unsaved changes asks first; locking
// keeps them as a draft in the vault (draft()).
class CaseEditor : public QWidget
{
    Q_OBJECT

public:
    CaseEditor(CaseTab::SessionAccess session, CaseEditorHooks hooks, QWidget* parent = nullptr);

    void openCase(qint64 caseId);
    void startNewCase();
    qint64 caseId() const { return m_case.id; }
    QString reference() const { return m_case.reference; }
    bool isModified() const;

    // Saves the summary; on refusal shows the core's message and returns false.
    bool save();
    void revert();
    // Runs `proceed` once unsaved changes are saved or discarded as the
    // person chooses; not at all if they cancel.
    void leave(std::function<void()> proceed);

    // Unsaved work, or an empty object when there is none.
    QJsonObject draft() const;
    // Opens the draft's case (or a new one) and puts the typed values back.
    void restoreDraft(const QJsonObject& draft);
    // Drops every decrypted value (the vault is locking).
    void clear();

    CaseSummaryForm* summaryForm() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    template <typename Tab> Tab* tab() const
    {
        for (const LabelledTab& labelled : m_caseTabs)
            if (auto* found = qobject_cast<Tab*>(labelled.tab))
                return found;
        return nullptr;
    }
    // Asks for the reason of a move to `status`; the dialog, while open.
    void changeStatusTo(const QString& status);
    StatusChangeDialog* statusDialog() const { return m_statusDialog; }
    QStringList nextStatuses() const;

Q_SIGNALS:
    void closeRequested();
    void caseSaved(qint64 caseId);
    void summaryRequested(const QString& reference);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load(const Case& c);
    void rebuildTabs();
    void updateHeader();
    void checkSoon();
    void check();
    void updateStatusMenu();
    bool mayEdit() const;

    CaseTab::SessionAccess m_session;
    CaseEditorHooks m_hooks;
    // The user's, read once: the header is recomputed when the language
    // changes, which may happen while the session is between lock and close.
    auth::RoleSet m_roles;
    Case m_case;
    QPushButton* m_back;
    QLabel* m_heading;
    QLabel* m_status;
    QLabel* m_readOnlyNote;
    QToolButton* m_changeStatus;
    QPushButton* m_exportSummary;
    QPushButton* m_save;
    QPushButton* m_revert;
    QTabWidget* m_tabs;
    CaseSummaryForm* m_form;
    std::vector<LabelledTab> m_caseTabs;
    QTimer* m_checkPause;
    QPointer<StatusChangeDialog> m_statusDialog;
};

} // namespace ui
} // namespace amparo
