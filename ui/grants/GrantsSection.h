#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace amparo {
namespace ui {

class ApprovalQueue;
class GrantDetail;
class GrantListModel;
class SessionHolder;

// The Grants section (PRODUCT §4): for fund managers the approval queue;
// for everyone who may see grants the list of grants, filtered by status,
// fund and (for caseworkers) their own requests, with the detail of the
// selected one. Everything read is dropped when the vault locks.
class GrantsSection : public QWidget
{
    Q_OBJECT

public:
    GrantsSection(SessionHolder& holder, QWidget* parent = nullptr);

    // Shows the list of grants in these statuses (the dashboard's
    // "pending approvals" opens it on "submitted").
    void showStatuses(const QStringList& statuses);
    // Shows the grants with a payment whose receipts are overdue (the
    // dashboard's figure); only for those who read the ledger.
    void showReceiptsOverdue();
    void showGrant(qint64 grantId);
    void reload();

    ApprovalQueue* queue() const { return m_queue; }
    GrantListModel& model() { return *m_model; }
    GrantDetail& detail() { return *m_detail; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addPayments();
    void reloadList();
    void clear();
    void selectionChanged();

    SessionHolder& m_holder;
    QLabel* m_heading;
    QTabWidget* m_views;
    ApprovalQueue* m_queue = nullptr;
    QWidget* m_listPage;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_fundLabel;
    QComboBox* m_fund;
    QCheckBox* m_mine;
    GrantListModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    GrantDetail* m_detail;
    QStringList m_statuses; // chosen by showStatuses() when not one of the combo's
};

} // namespace ui
} // namespace amparo
