#pragma once

#include "grants/Grant.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class ErrorLabel;

// One grant as the people who decide on it and follow it see it: what was
// asked for whom, the amounts, the approvals and the history, with the
// actions the core allows the current user (edit and submit, approve,
// reject, return, cancel, close, authorise an over-commitment). Used in
// the case editor, the Grants section and the approval queue.
class GrantDetail : public QWidget
{
    Q_OBJECT

public:
    using SessionAccess = std::function<Session&()>;
    // The title of a page, read again when the language changes.
    using PageTitle = std::function<QString()>;

    explicit GrantDetail(SessionAccess session, QWidget* parent = nullptr);

    void showGrant(qint64 grantId);
    // Reads the grant shown again.
    void reload();
    // Forgets the grant (the vault is locking, or nothing is selected).
    void clear();
    qint64 grantId() const { return m_grant ? m_grant->id : 0; }
    const std::optional<Grant>& grant() const { return m_grant; }

    // Another part of the grant (finance's payments), after the built-in ones.
    void addPage(QWidget* page, PageTitle title);

    // The decision or editing dialog open now, if any: a test answers it.
    QDialog* openDialog() const { return m_dialog; }

Q_SIGNALS:
    // The grant was changed here: lists showing it may refresh.
    void grantChanged(qint64 grantId);
    // A grant was read and shown (0: none is), for the pages added.
    void shown(qint64 grantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Fills the texts from the grant read last, in the current language.
    void fill();
    void updateActions();
    void decide(int decision);
    void editRequest();
    void submitRequest();
    void changed();

    SessionAccess m_session;
    std::optional<Grant> m_grant;
    std::vector<GrantEvent> m_events;
    QString m_beneficiary;
    QString m_assistance;      // its type, a new line, its description
    bool m_caseHidden = false; // a restricted case this user is not assigned to
    std::optional<qint64> m_threshold;
    std::optional<QString> m_approvalRefusal;
    std::vector<std::pair<QWidget*, PageTitle>> m_extraPages;

    QStackedWidget* m_stack;
    QLabel* m_nothing;
    QLabel* m_title;
    ErrorLabel* m_error;
    QPushButton* m_edit;
    QPushButton* m_submit;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_return;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QPushButton* m_authorise;
    QLabel* m_refusal;
    QTabWidget* m_pages;
    QWidget* m_requestPage;
    QFormLayout* m_form;
    QLabel* m_fund;
    QLabel* m_case;
    QLabel* m_beneficiaryLabel;
    QLabel* m_assistanceLabel;
    QLabel* m_purpose;
    QLabel* m_justification;
    QLabel* m_requested;
    QLabel* m_approved;
    QLabel* m_paid;
    QLabel* m_refunded;
    QLabel* m_outstanding;
    QLabel* m_overcommit;
    QStandardItemModel* m_lines;
    QTableView* m_linesView;
    QWidget* m_approvalsPage;
    QLabel* m_approvalsNote;
    QStandardItemModel* m_approvals;
    QTableView* m_approvalsView;
    QStandardItemModel* m_history;
    QTableView* m_historyView;
    QPointer<QDialog> m_dialog;
};

} // namespace ui
} // namespace amparo
