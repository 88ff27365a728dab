#include "funds/ReportsPage.h"

#include "../core/demo/DemoSupport.h"
#include "DomainFixture.h"
#include "Named.h"
#include "Retranslation.h"
#include "common/CountryNames.h"
#include "common/DecryptedData.h"
#include "common/ErrorLabel.h"
#include "main/SessionHolder.h"
#include "money/Money.h"

#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::named;

namespace {

QStringList rowOf(QTableWidget& table, int row)
{
    QStringList cells;
    for (int column = 0; column < table.columnCount(); ++column)
        cells << table.item(row, column)->text();
    return cells;
}

// The demo's payments are spread over six years; this period holds many.
const QDate kFrom(2021, 1, 1);
const QDate kTo(2025, 12, 31);

} // namespace

TEST_CASE("the report table equals the disbursement report, with totals per currency")
{
    test::DemoVault demo(30, 3);
    ui::SessionHolder holder(demo.as(QStringLiteral("finance")));
    ui::ReportsPage page(holder);
    page.show();
    page.setPeriod(kFrom, kTo);
    named<QComboBox>(page, QStringLiteral("Group by"))->setCurrentIndex(0); // country

    const auto totals = disbursementReport(holder.session(), ReportDimension::Country, kFrom, kTo);
    REQUIRE_FALSE(totals.empty());
    QTableWidget& table = page.table();
    QMap<QString, qint64> net;
    for (size_t i = 0; i < totals.size(); ++i) {
        const DisbursementTotal& t = totals[i];
        CHECK(rowOf(table, static_cast<int>(i)) ==
              QStringList{countryName(t.key), t.currency, QLocale().toString(t.payments),
                          displayAmount(t.paidMinor, t.currency),
                          displayAmount(t.refundedMinor, t.currency),
                          displayAmount(t.netMinor, t.currency)});
        net[t.currency] += t.netMinor;
    }
    // One total row per currency after the groups.
    REQUIRE(table.rowCount() == static_cast<int>(totals.size()) + net.size());
    int row = static_cast<int>(totals.size());
    for (auto it = net.cbegin(); it != net.cend(); ++it, ++row) {
        CHECK(table.item(row, ui::ReportsPage::KeyColumn)->text() ==
              QStringLiteral("Total in %1").arg(it.key()));
        CHECK(table.item(row, ui::ReportsPage::NetColumn)->text() ==
              displayAmount(it.value(), it.key()));
    }

    // By month, the key is the month in words.
    named<QComboBox>(page, QStringLiteral("Group by"))->setCurrentIndex(2);
    const auto months = disbursementReport(holder.session(), ReportDimension::Month, kFrom, kTo);
    REQUIRE(page.totals().size() == months.size());
    CHECK(table.item(0, ui::ReportsPage::KeyColumn)->text() ==
          QLocale().toString(
              QDate::fromString(months.front().key + QStringLiteral("-01"), Qt::ISODate),
              QStringLiteral("MMMM yyyy")));

    CHECK(ui::decryptedItemsHeld() > 0);
    holder.lock();
    CHECK(page.totals().empty());
    CHECK(ui::decryptedItemsHeld() == 0);
}

TEST_CASE("the report exports to CSV through the core and prints to PDF with its title")
{
    test::DemoVault demo(30, 3);
    ui::SessionHolder holder(demo.as(QStringLiteral("finance")));
    ui::ReportsPage page(holder);
    page.show();
    page.setPeriod(kFrom, kTo);
    page.setGrouping(ReportDimension::Fund);
    QTemporaryDir folder;

    const QString csvPath = folder.filePath(QStringLiteral("report.csv"));
    REQUIRE(page.exportCsvTo(csvPath));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const auto totals = disbursementReport(holder.session(), ReportDimension::Fund, kFrom, kTo);
    REQUIRE(lines.size() == static_cast<int>(totals.size()) + 1);
    CHECK(lines.front() == QStringLiteral("fund,currency,payments,paid,refunded,net"));
    const DisbursementTotal& first = totals.front();
    CHECK(lines.at(1) == QStringLiteral("%1,%2,%3,%4,%5,%6")
                             .arg(first.key, first.currency, QString::number(first.payments),
                                  formatAmount(first.paidMinor, first.currency),
                                  formatAmount(first.refundedMinor, first.currency),
                                  formatAmount(first.netMinor, first.currency)));
    CHECK(holder.session().audit().latest(1).front().entityType ==
          QStringLiteral("disbursement_report"));

    const QString pdfPath = folder.filePath(QStringLiteral("report.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdfPath);
    page.printTo(printer);
    REQUIRE(QFile::exists(pdfPath));
    QPdfDocument pdf;
    REQUIRE(pdf.load(pdfPath) == QPdfDocument::Error::None);
    const QString text = pdf.getAllText(0).text().simplified();
    CHECK(text.contains(QStringLiteral("Disbursements by fund")));
    CHECK(text.contains(first.key));
}

TEST_CASE("a caseworker's reports page shows the core's refusal")
{
    test::DomainFixture f;
    ui::SessionHolder holder(f.as(QStringLiteral("bea")));
    ui::ReportsPage page(holder);
    page.show();
    auto* error = page.findChild<ui::ErrorLabel*>();
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(named<QPushButton>(page, QStringLiteral("Export CSV"))->isEnabled());
}

TEST_CASE("the reports page retranslates itself when the language changes")
{
    test::DemoVault demo(20, 3);
    ui::SessionHolder holder(demo.as(QStringLiteral("finance")));
    test::requireRetranslates(QStringLiteral("fr"), [&holder] {
        auto page = std::make_unique<ui::ReportsPage>(holder);
        page->setPeriod(kFrom, kTo);
        page->setGrouping(ReportDimension::AssistanceType);
        return page;
    });
}

TEST_CASE("Export CSV first warns that the file is not encrypted")
{
    test::DemoVault demo(20, 3);
    ui::SessionHolder holder(demo.as(QStringLiteral("finance")));
    ui::ReportsPage page(holder);
    page.show();
    page.setPeriod(kFrom, kTo);
    QTest::mouseClick(named<QPushButton>(page, QStringLiteral("Export CSV")), Qt::LeftButton);
    auto* warning = page.findChild<QMessageBox*>();
    REQUIRE(warning);
    CHECK(warning->text().contains(QStringLiteral("not be encrypted")));
    warning->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(page.findChild<QMessageBox*>() == nullptr);
}
