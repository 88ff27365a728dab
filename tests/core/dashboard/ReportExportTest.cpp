#include "ledger/ReportExport.h"

#include "../demo/DemoSupport.h"
#include "audit/AuditLog.h"
#include "money/Money.h"
#include "util/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace amparo;

TEST_CASE("the disbursement report exports as CSV, owner-only and audited")
{
    test::DemoVault demo(30, 2);
    auto finance = demo.as(QStringLiteral("finance"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("report.csv"));
    const QDate from(2022, 1, 1);
    const QDate to(2025, 12, 31);

    const int rows = exportDisbursementReport(*finance, ReportDimension::Country, from, to, path);

    const auto totals = disbursementReport(*finance, ReportDimension::Country, from, to);
    REQUIRE(rows == static_cast<int>(totals.size()));
    REQUIRE(rows > 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the byte-order mark spreadsheets need
    const QString text = QString::fromUtf8(bytes);
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.takeFirst() == QStringLiteral("country,currency,payments,paid,refunded,net"));
    REQUIRE(lines.size() == rows);
    for (int i = 0; i < rows; ++i) {
        const DisbursementTotal& t = totals.at(static_cast<size_t>(i));
        CHECK(lines.at(i) == QStringList{t.key, t.currency, QString::number(t.payments),
                                         formatAmount(t.paidMinor, t.currency),
                                         formatAmount(t.refundedMinor, t.currency),
                                         formatAmount(t.netMinor, t.currency)}
                                 .join(QLatin1Char(',')));
    }
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));

    const auto entries = finance->audit().latest(1);
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().action == QStringLiteral("export.csv"));
    CHECK(entries.front().entityType == QStringLiteral("disbursement_report"));
}

TEST_CASE("a caseworker cannot export the disbursement report and no file is left")
{
    test::DemoVault demo(10, 2);
    auto caseworker = demo.as(QStringLiteral("caseworker"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("report.csv"));
    CHECK_THROWS_AS(exportDisbursementReport(*caseworker, ReportDimension::Fund, std::nullopt,
                                             std::nullopt, path),
                    Error);
    CHECK_FALSE(QFile::exists(path));
}
