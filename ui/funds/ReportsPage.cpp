#include "funds/ReportsPage.h"

#include "common/CountryNames.h"
#include "common/DateFormat.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "common/Warning.h"
#include "domain/Vocabulary.h"
#include "ledger/ReportExport.h"
#include "main/SessionHolder.h"
#include "money/Money.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

constexpr ReportDimension kDimensions[] = {ReportDimension::Country,
                                           ReportDimension::AssistanceType, ReportDimension::Month,
                                           ReportDimension::Fund};

struct CurrencyTotal
{
    int payments = 0;
    qint64 paid = 0;
    qint64 refunded = 0;
    qint64 net = 0;
};

QTableWidgetItem* cell(const QString& text, bool number, bool bold)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

ReportsPage::ReportsPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_heading(new QLabel(this)), m_fromLabel(new QLabel(this)),
      m_from(new QDateEdit(this)), m_toLabel(new QLabel(this)), m_to(new QDateEdit(this)),
      m_groupLabel(new QLabel(this)), m_group(new QComboBox(this)), m_export(new QPushButton(this)),
      m_print(new QPushButton(this)), m_error(new ErrorLabel(this)), m_empty(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(fullYearDateFormat());
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_groupLabel->setBuddy(m_group);
    for (int i = 0; i < static_cast<int>(std::size(kDimensions)); ++i)
        m_group->addItem(QString(), i);
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto* choices = new QHBoxLayout();
    choices->addWidget(m_fromLabel);
    choices->addWidget(m_from);
    choices->addWidget(m_toLabel);
    choices->addWidget(m_to);
    choices->addWidget(m_groupLabel);
    choices->addWidget(m_group);
    choices->addStretch(1);
    choices->addWidget(m_export);
    choices->addWidget(m_print);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(choices);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    // The twelve months up to today, by default.
    const QDate today = holder.isLocked() ? QDate::currentDate()
                                          : holder.session().clock().nowUtc().toLocalTime().date();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);

    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ReportsPage::reload);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    trackDecryptedData(this, [this] { return static_cast<int>(m_totals.size()); });
    connect(&holder, &SessionHolder::aboutToLock, this, &ReportsPage::clear);
    retranslate();
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ReportsPage::retranslate()
{
    // The tab's text in Funds & Ledger.
    setWindowTitle(tr("Reports"));
    m_heading->setText(tr("Disbursement reports"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_groupLabel->setText(tr("&Group by"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_group->setAccessibleName(tr("Group by"));
    m_group->setItemText(0, tr("Country"));
    m_group->setItemText(1, tr("Assistance type"));
    m_group->setItemText(2, tr("Month"));
    m_group->setItemText(3, tr("Fund"));
    m_export->setText(tr("&Export CSV…"));
    m_print->setText(tr("&Print…"));
    m_export->setAccessibleName(tr("Export CSV"));
    m_print->setAccessibleName(tr("Print"));
    m_table->setAccessibleName(tr("Disbursement report"));
    m_empty->setText(tr("No disbursements in this period."));
    m_from->setDisplayFormat(fullYearDateFormat());
    m_to->setDisplayFormat(fullYearDateFormat());
    showTotals();
}

void ReportsPage::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void ReportsPage::setGrouping(ReportDimension dimension)
{
    for (int i = 0; i < static_cast<int>(std::size(kDimensions)); ++i) {
        if (kDimensions[i] == dimension)
            m_group->setCurrentIndex(i);
    }
}

ReportDimension ReportsPage::grouping() const
{
    return kDimensions[std::max(0, m_group->currentIndex())];
}

void ReportsPage::reload()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    try {
        m_totals = disbursementReport(m_holder.session(), grouping(), m_from->date(), m_to->date());
        m_shownDimension = grouping();
        m_error->clearError();
    } catch (const Error& error) {
        m_totals.clear();
        m_error->showError(error.message());
    }
    showTotals();
}

void ReportsPage::clear()
{
    m_totals.clear();
    showTotals();
}

QString ReportsPage::keyInWords(const QString& key) const
{
    switch (m_shownDimension) {
    case ReportDimension::Country:
        return key.isEmpty() ? tr("Country not known") : countryName(key);
    case ReportDimension::AssistanceType:
        //: A disbursement of a grant not tied to any assistance line.
        return key == QStringLiteral("none") ? tr("No assistance line")
                                             : termLabel(Vocabulary::AssistanceType, key);
    case ReportDimension::Month: {
        const QDate month = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        return month.isValid() ? QLocale().toString(month, QStringLiteral("MMMM yyyy")) : key;
    }
    case ReportDimension::Fund:
        return key;
    }
    return key;
}

void ReportsPage::showTotals()
{
    m_table->setHorizontalHeaderLabels({m_group->itemText(static_cast<int>(m_shownDimension)),
                                        tr("Currency"), tr("Payments"), tr("Paid"), tr("Refunded"),
                                        tr("Net")});
    QMap<QString, CurrencyTotal> sums;
    for (const DisbursementTotal& t : m_totals) {
        CurrencyTotal& sum = sums[t.currency];
        sum.payments += t.payments;
        sum.paid += t.paidMinor;
        sum.refunded += t.refundedMinor;
        sum.net += t.netMinor;
    }
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_totals.size()) + static_cast<int>(sums.size()));
    int row = 0;
    const auto addRow = [&](const QString& key, const QString& currency, int payments, qint64 paid,
                            qint64 refunded, qint64 net, bool total) {
        m_table->setItem(row, KeyColumn, cell(key, false, total));
        m_table->setItem(row, CurrencyColumn, cell(currency, false, total));
        m_table->setItem(row, PaymentsColumn, cell(locale.toString(payments), true, total));
        m_table->setItem(row, PaidColumn, cell(displayAmount(paid, currency), true, total));
        m_table->setItem(row, RefundedColumn, cell(displayAmount(refunded, currency), true, total));
        m_table->setItem(row, NetColumn, cell(displayAmount(net, currency), true, total));
        ++row;
    };
    for (const DisbursementTotal& t : m_totals)
        addRow(keyInWords(t.key), t.currency, t.payments, t.paidMinor, t.refundedMinor, t.netMinor,
               false);
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        //: The last rows of a report: the sum of every group in one currency.
        addRow(tr("Total in %1").arg(it.key()), it.key(), it->payments, it->paid, it->refunded,
               it->net, true);
    }
    const bool empty = m_totals.empty();
    m_empty->setVisible(empty && !m_holder.isLocked() && m_error->isHidden());
    m_table->setVisible(!empty);
    m_export->setEnabled(!empty);
    m_print->setEnabled(!empty);
}

QString ReportsPage::title() const
{
    switch (m_shownDimension) {
    case ReportDimension::Country:
        return tr("Disbursements by country");
    case ReportDimension::AssistanceType:
        return tr("Disbursements by assistance type");
    case ReportDimension::Month:
        return tr("Disbursements by month");
    case ReportDimension::Fund:
        return tr("Disbursements by fund");
    }
    return QString();
}

QString ReportsPage::period() const
{
    //: The period of a report: from a date to a date, both included.
    return tr("From %1 to %2, both included")
        .arg(QLocale().toString(m_from->date(), fullYearDateFormat()),
             QLocale().toString(m_to->date(), fullYearDateFormat()));
}

QString ReportsPage::reportHtml() const
{
    const bool rtl = QGuiApplication::isRightToLeft();
    QString html = QStringLiteral("<html><body dir=\"%1\"><h1>%2</h1><p>%3</p>")
                       .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                            title().toHtmlEscaped(), period().toHtmlEscaped());
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    for (int column = 0; column < ColumnCount; ++column)
        html += QStringLiteral("<th>%1</th>")
                    .arg(m_table->horizontalHeaderItem(column)->text().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_table->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < ColumnCount; ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const bool bold = item->font().bold();
            html +=
                QStringLiteral("<td%1>%2%3%4</td>")
                    .arg(column >= PaymentsColumn ? QStringLiteral(" align=\"right\"") : QString(),
                         bold ? QStringLiteral("<b>") : QString(), item->text().toHtmlEscaped(),
                         bold ? QStringLiteral("</b>") : QString());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

void ReportsPage::printTo(QPrinter& printer) const
{
    QTextDocument document;
    document.setHtml(reportHtml());
    document.print(&printer);
}

void ReportsPage::print()
{
    auto* dialog = new QPrintDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the report"));
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this,
            [this](QPrinter* printer) { printTo(*printer); });
    connect(&m_holder, &SessionHolder::aboutToLock, dialog, &QDialog::reject);
    dialog->open();
}

void ReportsPage::exportCsv()
{
    askToConfirm(
        this,
        tr("The CSV file will not be encrypted: anyone who can read the file can read the "
           "report. Keep it on an encrypted disk and delete it when it is no longer needed."),
        tr("&Choose a file…"), [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export the report"), QDir::home().filePath(tr("disbursements.csv")),
                tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                exportCsvTo(path);
        });
}

bool ReportsPage::exportCsvTo(const QString& path)
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return false;
    try {
        exportDisbursementReport(m_holder.session(), grouping(), m_from->date(), m_to->date(),
                                 path);
        return true;
    } catch (const Error& error) {
        showWarning(this, error.message());
        return false;
    }
}

} // namespace ui
} // namespace amparo
