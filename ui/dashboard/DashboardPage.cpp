#include "dashboard/DashboardPage.h"

#include "common/CountryNames.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "dashboard/ChartCard.h"
#include "domain/Vocabulary.h"
#include "main/SessionHolder.h"
#include "money/Money.h"
#include "util/Error.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace amparo {
namespace ui {
namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kFundRole = Qt::UserRole + 1;
// The widest bar label, in pixels: about a third of a card at 980 wide.
constexpr int kMaxLabelWidth = 170;

// A chart without title, legend or animation, its numbers in the locale.
QChart* plainChart()
{
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->hide();
    return chart;
}

// How many digits a currency has after the decimal point ("0.01" → 2).
int minorDigits(const QString& currency)
{
    const QString one = formatAmount(1, currency);
    const qsizetype point = one.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : static_cast<int>(one.size() - point - 1);
}

QToolButton* bigNumberButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    button->setMinimumHeight(90);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    button->setFont(font);
    return button;
}

} // namespace

DashboardPage::DashboardPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_heading(new QLabel(this)), m_error(new ErrorLabel(this)),
      m_refresh(new QPushButton(this)), m_status(new ChartCard(this)),
      m_countries(new ChartCard(this)), m_programmes(new ChartCard(this)),
      m_assistance(new ChartCard(this)), m_disbursements(new ChartCard(this)),
      m_pending(bigNumberButton(this)), m_overdueTasks(bigNumberButton(this)),
      m_overdueReceipts(bigNumberButton(this))
{
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    // Not the button's shortcut: its text's mnemonic (Alt+R) takes that place.
    auto* refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refresh, &QShortcut::activated, this, &DashboardPage::reload);

    auto* top = new QHBoxLayout();
    top->addWidget(m_heading, 1);
    top->addWidget(m_refresh);

    auto* numbers = new QHBoxLayout();
    numbers->addWidget(m_overdueTasks);
    numbers->addWidget(m_pending);
    numbers->addWidget(m_overdueReceipts);

    auto* content = new QWidget();
    auto* grid = new QGridLayout(content);
    grid->addLayout(numbers, 0, 0, 1, 2);
    grid->addWidget(m_status, 1, 0);
    grid->addWidget(m_countries, 1, 1);
    grid->addWidget(m_programmes, 2, 0);
    grid->addWidget(m_assistance, 2, 1);
    grid->addWidget(m_disbursements, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    connect(m_pending, &QToolButton::clicked, this, &DashboardPage::pendingApprovalsRequested);
    connect(m_overdueTasks, &QToolButton::clicked, this, &DashboardPage::overdueTasksRequested);
    connect(m_overdueReceipts, &QToolButton::clicked, this,
            &DashboardPage::overdueReceiptsRequested);
    const auto requestCases = [this](ChartCard* card, auto set) {
        connect(card, &ChartCard::figureActivated, this, [this, card, set](int row) {
            const QString key = keyOf(*card, row);
            if (key.isEmpty())
                return; // "other countries" is no one list
            CaseFilter filter;
            set(filter, key);
            Q_EMIT casesRequested(filter);
        });
    };
    requestCases(m_status, [](CaseFilter& f, const QString& key) { f.statuses = {key}; });
    requestCases(m_countries, [](CaseFilter& f, const QString& key) { f.country = key; });
    requestCases(m_programmes, [](CaseFilter& f, const QString& key) { f.programme = key; });
    connect(m_assistance, &ChartCard::figureActivated, this,
            [this](int row) { Q_EMIT assistanceRequested(keyOf(*m_assistance, row)); });
    connect(m_disbursements, &ChartCard::figureActivated, this, [this](int row) {
        const QListWidgetItem* item = m_disbursements->figures().item(row);
        Q_EMIT disbursementsRequested(item->data(kFundRole).toLongLong(),
                                      item->data(kKeyRole).toDate());
    });

    trackDecryptedData(this, [this] { return m_figures ? 1 : 0; });
    connect(&holder, &SessionHolder::aboutToLock, this, &DashboardPage::clear);
    retranslate();
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the figures again (F5)"));
    m_status->setTitle(tr("Cases by status"));
    m_countries->setTitle(tr("Cases in the top countries"));
    m_programmes->setTitle(tr("Cases by programme"));
    m_assistance->setTitle(tr("Assistance by type"));
    m_disbursements->setTitle(tr("Net disbursements per month and fund, last 12 months"));
    m_status->setEmptyText(tr("No cases yet."));
    m_countries->setEmptyText(tr("No cases yet."));
    m_programmes->setEmptyText(tr("No cases yet."));
    m_assistance->setEmptyText(tr("No assistance recorded yet."));
    m_disbursements->setEmptyText(tr("Nothing was disbursed in the last 12 months."));
    m_pending->setAccessibleName(tr("Pending approvals"));
    m_overdueTasks->setAccessibleName(tr("Overdue tasks"));
    m_overdueReceipts->setAccessibleName(tr("Overdue receipts"));
    m_pending->setToolTip(tr("Open the grant requests awaiting a decision"));
    m_overdueTasks->setToolTip(tr("Open the overdue tasks"));
    m_overdueReceipts->setToolTip(tr("Open the payments whose receipts are overdue"));
    showFigures();
}

void DashboardPage::reload()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    // A handful of grouped queries: fast enough on the GUI thread even for
    // a large vault (docs/PERFORMANCE.md), and the page is never half drawn.
    try {
        m_figures = readDashboard(m_holder.session());
        m_error->clearError();
    } catch (const Error& error) {
        m_figures.reset();
        m_error->showError(error.message());
    }
    showFigures();
}

void DashboardPage::clear()
{
    m_figures.reset();
    showFigures();
}

QString DashboardPage::keyOf(ChartCard& card, int row)
{
    const QListWidgetItem* item = card.figures().item(row);
    return item ? item->data(kKeyRole).toString() : QString();
}

void DashboardPage::showFigures()
{
    if (!m_figures) {
        for (ChartCard* card : {m_status, m_countries, m_programmes, m_assistance, m_disbursements})
            card->clear();
        setBigNumber(*m_pending, std::nullopt, {});
        setBigNumber(*m_overdueTasks, std::nullopt, {});
        setBigNumber(*m_overdueReceipts, std::nullopt, {});
        m_disbursements->setVisible(true);
        return;
    }
    const DashboardFigures& f = *m_figures;
    showCounts(*m_status, f.casesByStatus,
               [](const QString& key) { return termLabel(Vocabulary::CaseStatus, key); });
    showCounts(*m_countries, f.casesByCountry, &countryName, f.casesInOtherCountries);
    showCounts(*m_programmes, f.casesByProgramme,
               [](const QString& key) { return termLabel(Vocabulary::Programme, key); });
    showCounts(*m_assistance, f.assistanceByType,
               [](const QString& key) { return termLabel(Vocabulary::AssistanceType, key); });
    setBigNumber(*m_overdueTasks, f.overdueTasks, tr("Overdue tasks"));
    setBigNumber(*m_pending, f.pendingApprovals, tr("Pending approvals"));
    setBigNumber(*m_overdueReceipts,
                 f.money ? std::optional<qint64>(f.money->overdueReceipts) : std::nullopt,
                 tr("Overdue receipts"));
    m_disbursements->setVisible(f.money.has_value());
    if (f.money)
        showDisbursements();
}

void DashboardPage::setBigNumber(QToolButton& button, const std::optional<qint64>& value,
                                 const QString& caption)
{
    button.setVisible(value.has_value());
    button.setText(value ? QStringLiteral("%1\n%2").arg(QLocale().toString(*value), caption)
                         : QString());
}

void DashboardPage::showCounts(ChartCard& card, const std::vector<DashboardCount>& counts,
                               const std::function<QString(const QString&)>& label, qint64 other)
{
    QListWidget& list = card.figures();
    list.clear();
    qint64 total = other;
    for (const DashboardCount& count : counts)
        total += count.count;
    if (total == 0) {
        card.setChart(nullptr);
        return;
    }
    QStringList categories;
    QList<qreal> values;
    const auto add = [&](const QString& key, const QString& name, qint64 value) {
        // Horizontal bars fill from the bottom: the first figure goes on top,
        // as in the list below the chart.
        categories.prepend(name);
        values.prepend(static_cast<qreal>(value));
        //: A figure of a dashboard chart: what it counts, then how many.
        auto* item = new QListWidgetItem(tr("%1: %2").arg(name, QLocale().toString(value)), &list);
        item->setData(kKeyRole, key);
    };
    for (const DashboardCount& count : counts)
        add(count.key, label(count.key), count.count);
    // The other countries together often outnumber the top ones: a bar for
    // them would flatten every other bar, so they are only in the list.
    if (other > 0) {
        //: The cases of every country but the top ones, in the dashboard.
        auto* item =
            new QListWidgetItem(tr("Other countries: %1").arg(QLocale().toString(other)), &list);
        item->setData(kKeyRole, QString());
    }

    // Horizontal bars: the words of each bar stay readable at any width.
    auto* set = new QBarSet(card.accessibleName());
    set->append(values);
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    QChart* chart = plainChart();
    chart->addSeries(series);
    // Long words are cut to a part of the card, never over the bars; the
    // list below the chart has them whole.
    auto* axis = new QBarCategoryAxis();
    axis->setTruncateLabels(false);
    const QFontMetrics metrics(axis->labelsFont());
    for (QString& category : categories)
        category = metrics.elidedText(category, Qt::ElideRight, kMaxLabelWidth);
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    // Whole numbers on the scale: at least 0 to 4, so that its five ticks
    // never fall between two counts.
    auto* valueAxis = new QValueAxis();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setRange(0, std::max<qreal>(4, *std::max_element(values.begin(), values.end())));
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    card.fitFigures();
    const int rows = static_cast<int>(categories.size());
    connect(set, &QBarSet::clicked, &card,
            [&card, rows](int index) { Q_EMIT card.figureActivated(rows - 1 - index); });
    card.setChart(chart);
}

void DashboardPage::showDisbursements()
{
    const DashboardMoney& money = *m_figures->money;
    QListWidget& list = m_disbursements->figures();
    list.clear();
    if (money.disbursements.empty()) {
        m_disbursements->setChart(nullptr);
        return;
    }
    QStringList months;
    const QLocale locale;
    for (int i = 0; i < 12; ++i)
        months << locale.toString(money.firstMonth.addMonths(i), QStringLiteral("MMM yy"));

    // One set of bars per fund, side by side: funds keep different
    // currencies, so stacking them would add unlike amounts.
    auto* series = new QBarSeries();
    QChart* chart = plainChart();
    QHash<qint64, QBarSet*> sets;
    for (const FundMonth& bar : money.disbursements) {
        QBarSet*& set = sets[bar.fundId];
        if (!set) {
            //: A fund in the legend of the disbursement chart: its code and currency.
            set = new QBarSet(tr("%1 (%2)").arg(bar.fundCode, bar.currency));
            for (int i = 0; i < 12; ++i)
                *set << 0.0;
            series->append(set);
            const qint64 fundId = bar.fundId;
            const QDate first = money.firstMonth;
            connect(set, &QBarSet::clicked, this, [this, fundId, first](int index) {
                Q_EMIT disbursementsRequested(fundId, first.addMonths(index));
            });
        }
        const int index = (bar.month.year() - money.firstMonth.year()) * 12 + bar.month.month() -
                          money.firstMonth.month();
        set->replace(index,
                     static_cast<qreal>(bar.netMinor) / std::pow(10.0, minorDigits(bar.currency)));
        //: A figure of the disbursement chart: month, fund, net amount.
        auto* item =
            new QListWidgetItem(tr("%1, %2: %3")
                                    .arg(locale.toString(bar.month, QStringLiteral("MMMM yyyy")),
                                         bar.fundCode, displayAmount(bar.netMinor, bar.currency)),
                                &list);
        item->setData(kKeyRole, bar.month);
        item->setData(kFundRole, bar.fundId);
    }
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis();
    axis->append(months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto* valueAxis = new QValueAxis();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_disbursements->fitFigures();
    m_disbursements->setChart(chart);
}

} // namespace ui
} // namespace amparo
