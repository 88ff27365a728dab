#pragma once

#include "grants/Disbursement.h"
#include "grants/Grant.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace amparo {
namespace ui {

class DisbursementTableModel;
class ErrorLabel;
class SessionHolder;

// The payments and refunds of one grant (PRODUCT §4, Disbursements), with
// their receipts. Finance records payments and refunds in any currency,
// attaches receipts, reverses a posted one with a reason, says there will
// be no more payments and marks the grant justified; every act goes
// through the core, which decides when it is allowed. Read-only for the
// other roles.
class DisbursementsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DisbursementsPanel(SessionHolder& holder, QWidget* parent = nullptr);

    void showGrant(qint64 grantId);
    // Forgets the grant and everything shown about it.
    void clear();
    // Reads the grant and its disbursements again.
    void reload();

    DisbursementTableModel& model() { return *m_model; }
    // Stores the file at `path` as a receipt of the selected payment; what
    // "Attach a receipt…" does once a file is chosen. False with the reason
    // shown when it could not be read or the core refused it.
    bool attachReceipt(const QString& path);

Q_SIGNALS:
    // Something was recorded for the grant here.
    void grantChanged(qint64 grantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSummary();
    void updateButtons();
    void showReceipts();
    const Disbursement* selected() const;
    bool recordsLedger() const;
    void openDialog(QDialog* dialog);
    void recorded();
    void recordPayment(bool refund);
    void chooseReceipt();
    void reverseSelected();
    void finishPayments();
    void markJustified();

    SessionHolder& m_holder;
    std::optional<Grant> m_grant;
    DisbursementTableModel* m_model;
    QPointer<QDialog> m_dialog;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_receiptsLabel;
    QListWidget* m_receipts;
    ErrorLabel* m_error;
    QPushButton* m_pay;
    QPushButton* m_refund;
    QPushButton* m_attach;
    QPushButton* m_reverse;
    QPushButton* m_finish;
    QPushButton* m_justify;
};

} // namespace ui
} // namespace amparo
