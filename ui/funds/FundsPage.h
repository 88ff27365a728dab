#pragma once

#include <QPointer>
#include <QWidget>

class QDateEdit;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace amparo {
namespace ui {

class ContributionTableModel;
class ErrorLabel;
class FundPositionModel;
class SessionHolder;

// The Funds tab of Funds & Ledger (PRODUCT §4): where every fund stands at
// a chosen date, with its budget use, and the donor contributions of the
// selected fund. Finance records contributions and locks periods; the
// core refuses what it must and its message is shown.
class FundsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FundsPage(SessionHolder& holder, QWidget* parent = nullptr);

    FundPositionModel& positions() { return *m_positions; }
    ContributionTableModel& contributions() { return *m_contributions; }
    void selectFund(qint64 fundId);
    // Reads the positions, the lock and the contributions again.
    void reload();
    void clear();

Q_SIGNALS:
    // A contribution was recorded or a period locked here.
    void ledgerChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateLock();
    void showContributions();
    qint64 selectedFundId() const;
    bool recordsLedger() const;
    void openDialog(QDialog* dialog);
    void recordContribution();
    void lockPeriod();

    SessionHolder& m_holder;
    FundPositionModel* m_positions;
    ContributionTableModel* m_contributions;
    QPointer<QDialog> m_dialog;
    QLabel* m_heading;
    QLabel* m_atLabel;
    QDateEdit* m_at;
    QLabel* m_lock;
    QTableView* m_positionTable;
    QLabel* m_contributionsLabel;
    QTableView* m_contributionTable;
    ErrorLabel* m_error;
    QPushButton* m_contribute;
    QPushButton* m_lockPeriod;
};

} // namespace ui
} // namespace amparo
