#pragma once

#include "cases/CaseFilter.h"
#include "dashboard/Dashboard.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class QChart;
class QLabel;
class QPushButton;
class QToolButton;

namespace amparo {
namespace ui {

class ChartCard;
class ErrorLabel;
class SessionHolder;

// The dashboard (PRODUCT §4): what the organisation is handling, as charts of
// the figures the user may see, and the counts that need someone's action.
// Each bar, and each line of the figures under a chart, opens the list it
// counts through the signals below; the main window routes them.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(SessionHolder& holder, QWidget* parent = nullptr);

    // Reads the figures again (also done each time the page is shown).
    void reload();
    const std::optional<DashboardFigures>& figures() const { return m_figures; }

Q_SIGNALS:
    void casesRequested(const amparo::CaseFilter& filter);
    void assistanceRequested(const QString& type);
    void pendingApprovalsRequested();
    void overdueTasksRequested();
    void overdueReceiptsRequested();
    void disbursementsRequested(qint64 fundId, const QDate& month);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void clear();
    // Draws every card from m_figures in the current language.
    void showFigures();
    void showCounts(ChartCard& card, const std::vector<DashboardCount>& counts,
                    const std::function<QString(const QString&)>& label, qint64 other = 0);
    void showDisbursements();
    void setBigNumber(QToolButton& button, const std::optional<qint64>& value,
                      const QString& caption);
    // The stored key of a card's figure, or an empty text for "other".
    static QString keyOf(ChartCard& card, int row);

    SessionHolder& m_holder;
    std::optional<DashboardFigures> m_figures;
    QLabel* m_heading;
    ErrorLabel* m_error;
    QPushButton* m_refresh;
    ChartCard* m_status;
    ChartCard* m_countries;
    ChartCard* m_programmes;
    ChartCard* m_assistance;
    ChartCard* m_disbursements;
    QToolButton* m_pending;
    QToolButton* m_overdueTasks;
    QToolButton* m_overdueReceipts;
};

} // namespace ui
} // namespace amparo
