#pragma once

#include "cases/CaseListModel.h"
#include "cases/CaseTabs.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace amparo {
class DraftStore;
}

namespace amparo {
namespace ui {

class CaseEditor;
class CasesPage;

// The Cases section of the window: the case list, and the case editor in
// its place when a case is opened. Work left unsaved when the vault locked
// is offered back here, one draft at a time, after the next unlock.
class CasesSection : public QWidget
{
    Q_OBJECT

public:
    CasesSection(CaseTab::SessionAccess session, CaseEditorHooks hooks, QWidget* parent = nullptr);

    CasesPage& list() const { return *m_list; }
    CaseEditor& editor() const { return *m_editor; }
    bool isEditing() const;

    void openCase(qint64 caseId);
    void startNewCase();
    void showList();

    // Keeps the open case's unsaved work in the vault (it is locking).
    void keepDraft(DraftStore& drafts);
    // Offers the user's kept drafts of cases, if any.
    void offerDrafts();
    // The offer shown, or empty.
    QString draftOffer() const;
    void restoreOfferedDraft();
    void discardOfferedDraft();

Q_SIGNALS:
    void summaryRequested(const QString& reference);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateOfferText();

    CaseTab::SessionAccess m_session;
    QWidget* m_offer;
    QLabel* m_offerText;
    QPushButton* m_restore;
    QPushButton* m_discard;
    qint64 m_offeredDraft = 0;
    // The offered draft's case reference (empty for a new case) and when it was kept.
    QString m_offeredSubject;
    QDateTime m_offeredSavedAt;
    QStackedWidget* m_stack;
    CasesPage* m_list;
    CaseEditor* m_editor;
};

} // namespace ui
} // namespace amparo
