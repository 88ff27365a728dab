#pragma once

#include "funds/Fund.h"
#include "ledger/JournalRegister.h"

#include <QPointer>
#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMessageBox;
class QDialog;
class QPushButton;
class QTableView;

namespace amparo {
namespace ui {

class ErrorLabel;
class JournalTableModel;
class SessionHolder;

// The Journal tab of Funds & Ledger (PRODUCT §4): the register of the
// ledger narrowed by fund, account, period, grant or case, oldest first
// with running balances. Finance reverses a transaction with a reason.
// Both exports leave the encryption, so they say so first, write files only
// their owner can read, and are audited by the core.
class JournalPage : public QWidget
{
    Q_OBJECT

public:
    enum class Export
    {
        Csv,
        Hledger,
    };

    explicit JournalPage(SessionHolder& holder, QWidget* parent = nullptr);

    JournalTableModel& model() { return *m_model; }
    // Reads the funds and the register again with the filters shown.
    void reload();
    void clear();
    // Warns that the file will not be encrypted, then writes it if confirmed.
    QMessageBox* askToExport(Export kind, const QString& path);
    // Writes the file; false with the reason shown when it could not be.
    bool exportTo(Export kind, const QString& path);

Q_SIGNALS:
    // A transaction was reversed here.
    void ledgerChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    static QString fundText(const Fund& fund);
    void fillFilters();
    RegisterFilter currentFilter() const;
    void showLines();
    void updateButtons();
    bool recordsLedger() const;
    void chooseExport(Export kind);
    void reverseSelected();

    SessionHolder& m_holder;
    std::vector<Fund> m_funds;
    RegisterFilter m_shown;
    JournalTableModel* m_model;
    QPointer<QDialog> m_dialog;
    QPointer<QMessageBox> m_question;
    QLabel* m_fundLabel;
    QComboBox* m_fund;
    QLabel* m_accountLabel;
    QComboBox* m_account;
    QCheckBox* m_fromOn;
    QDateEdit* m_from;
    QCheckBox* m_toOn;
    QDateEdit* m_to;
    QLabel* m_grantLabel;
    QLineEdit* m_grant;
    QLabel* m_caseLabel;
    QLineEdit* m_case;
    QPushButton* m_show;
    QTableView* m_table;
    QLabel* m_count;
    ErrorLabel* m_error;
    QPushButton* m_reverse;
    QPushButton* m_exportCsv;
    QPushButton* m_exportJournal;
};

} // namespace ui
} // namespace amparo
