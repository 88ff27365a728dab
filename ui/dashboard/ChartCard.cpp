#include "dashboard/ChartCard.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace amparo {
namespace ui {

ChartCard::ChartCard(QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_empty(new QLabel(this)),
      m_view(new QChartView(this)), m_figures(new QListWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_title->setFont(heading);
    m_title->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    // The chart is drawn for the mouse; the list below it is the same
    // figures for the keyboard and screen readers.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_figures->setUniformItemSizes(true);
    m_title->setBuddy(m_figures);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_figures);
    m_empty->hide();

    connect(m_figures, &QListWidget::activated, this,
            [this](const QModelIndex& index) { Q_EMIT figureActivated(index.row()); });
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
    m_figures->setAccessibleName(title);
    m_view->setAccessibleName(title);
}

void ChartCard::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void ChartCard::setChart(QChart* chart)
{
    QChart* old = m_view->chart();
    if (chart) {
        m_view->setChart(chart);
    } else {
        // QChartView always shows a chart: an empty one replaces the old.
        m_view->setChart(new QChart());
    }
    delete old;
    m_view->setVisible(chart != nullptr);
    m_figures->setVisible(chart != nullptr);
    m_empty->setVisible(chart == nullptr);
}

void ChartCard::fitFigures()
{
    const int lines = std::clamp(m_figures->count(), 1, kMaxFigureLines);
    m_figures->setFixedHeight(m_figures->sizeHintForRow(0) * lines + 2 * m_figures->frameWidth());
}

void ChartCard::clear()
{
    m_figures->clear();
    setChart(nullptr);
}

} // namespace ui
} // namespace amparo
