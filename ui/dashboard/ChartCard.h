#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QListWidget;

namespace amparo {
namespace ui {

// One card of the dashboard: a title, a chart and the list of the figures it
// draws, which is the keyboard's way to the same lists as the chart's bars
// (Enter or a double click on a figure). Without figures it says so in words.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setEmptyText(const QString& text);
    // Takes ownership of `chart` (or shows the empty text when null) and
    // forgets the one it replaces.
    void setChart(QChart* chart);
    QChartView& chartView() { return *m_view; }
    QListWidget& figures() { return *m_figures; }
    // Makes the figures' list as high as its lines, up to kMaxFigureLines.
    void fitFigures();
    // Forgets the chart and the figures.
    void clear();

    static constexpr int kMaxFigureLines = 9;

Q_SIGNALS:
    // A figure was activated: `row` of figures(), whose Qt::UserRole data the
    // page gave.
    void figureActivated(int row);

private:
    QLabel* m_title;
    QLabel* m_empty;
    QChartView* m_view;
    QListWidget* m_figures;
};

} // namespace ui
} // namespace amparo
