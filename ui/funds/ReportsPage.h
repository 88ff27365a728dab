#pragma once

#include "ledger/LedgerReports.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace amparo {
namespace ui {

class ErrorLabel;
class SessionHolder;

// Disbursement reports (PRODUCT §4): what was paid, refunded and the net, for
// a period, grouped by country, assistance type, month or fund, with totals
// per currency; exported to CSV (audited by the core) or printed.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        CurrencyColumn,
        PaymentsColumn,
        PaidColumn,
        RefundedColumn,
        NetColumn,
        ColumnCount
    };

    explicit ReportsPage(SessionHolder& holder, QWidget* parent = nullptr);

    void setPeriod(const QDate& from, const QDate& to);
    void setGrouping(ReportDimension dimension);
    // Reads the report again for the chosen period and grouping.
    void reload();
    QTableWidget& table() { return *m_table; }
    const std::vector<DisbursementTotal>& totals() const { return m_totals; }

    // The export after its warning and file choice: writes `path` through
    // the core, which audits it; shows the core's message when it refuses.
    bool exportCsvTo(const QString& path);
    // The report as a document: title, period and table.
    QString reportHtml() const;
    void printTo(QPrinter& printer) const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void clear();
    void showTotals();
    void exportCsv();
    void print();
    ReportDimension grouping() const;
    // The key of a row in words: country name, assistance type, month, fund.
    QString keyInWords(const QString& key) const;
    QString title() const;
    QString period() const;

    SessionHolder& m_holder;
    std::vector<DisbursementTotal> m_totals;
    ReportDimension m_shownDimension = ReportDimension::Country;
    QLabel* m_heading;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QLabel* m_groupLabel;
    QComboBox* m_group;
    QPushButton* m_export;
    QPushButton* m_print;
    ErrorLabel* m_error;
    QLabel* m_empty;
    QTableWidget* m_table;
};

} // namespace ui
} // namespace amparo
