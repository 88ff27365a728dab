#include "dashboard/Dashboard.h"

#include "../demo/DemoSupport.h"
#include "DomainFixture.h"
#include "assistance/AssistanceService.h"
#include "cases/CaseService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/LedgerReports.h"
#include "tasks/TaskService.h"

#include <QMap>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DemoVault;

namespace {

CaseFilter withStatus(const QString& status)
{
    CaseFilter filter;
    filter.statuses = {status};
    return filter;
}

// Every case figure of the dashboard, checked against the case list's count
// of the same filter: the same visibility, the same numbers.
void requireCaseFiguresMatchTheCaseList(Session& session)
{
    const DashboardFigures figures = readDashboard(session);
    const CaseService cases(session);
    qint64 total = 0;
    for (const DashboardCount& status : figures.casesByStatus) {
        INFO("status " << status.key.toStdString());
        CHECK(status.count == cases.count(withStatus(status.key)));
        total += status.count;
    }
    CHECK(total == cases.count(CaseFilter{}));
    qint64 byProgramme = 0;
    for (const DashboardCount& programme : figures.casesByProgramme) {
        CaseFilter filter;
        filter.programme = programme.key;
        INFO("programme " << programme.key.toStdString());
        CHECK(programme.count == cases.count(filter));
        byProgramme += programme.count;
    }
    CHECK(byProgramme == total);
    qint64 byCountry = figures.casesInOtherCountries;
    for (const DashboardCount& country : figures.casesByCountry) {
        CaseFilter filter;
        filter.country = country.key;
        INFO("country " << country.key.toStdString());
        CHECK(country.count == cases.count(filter));
        byCountry += country.count;
    }
    CHECK(byCountry == total);
    CHECK(figures.casesByCountry.size() <= static_cast<size_t>(kTopCountries));
    CHECK(figures.overdueTasks == static_cast<qint64>(TaskService(session).overdue().size()));

    // Assistance lines, case by case through the assistance service.
    QMap<QString, qint64> byType;
    for (const CaseRow& row : cases.list(CaseFilter{}, CaseSort::Reference, 0, 100000)) {
        for (const Assistance& line : AssistanceService(session).listForCase(row.id))
            ++byType[line.type];
    }
    for (const DashboardCount& type : figures.assistanceByType) {
        INFO("assistance " << type.key.toStdString());
        CHECK(type.count == byType.value(type.key));
    }
}

} // namespace

TEST_CASE("a caseworker's dashboard does not count restricted cases of others")
{
    test::DomainFixture f;
    {
        auto carlos = f.as(QStringLiteral("carlos"));
        CaseService cases(*carlos);
        cases.create(test::sampleCase(QStringLiteral("Open case about Veracruz")));
        Case secret = test::sampleCase(QStringLiteral("Restricted case about Veracruz"));
        secret.restricted = true;
        cases.create(secret);
    }
    auto bea = f.as(QStringLiteral("bea"));
    const DashboardFigures seenByBea = readDashboard(*bea);
    const DashboardFigures seenByAna = readDashboard(*f.as(QStringLiteral("ana")));
    const auto total = [](const DashboardFigures& figures) {
        qint64 sum = 0;
        for (const DashboardCount& status : figures.casesByStatus)
            sum += status.count;
        return sum;
    };
    CHECK(total(seenByBea) == 1);
    CHECK(total(seenByAna) == 2);
    requireCaseFiguresMatchTheCaseList(*bea);
}

TEST_CASE("a caseworker's dashboard has no money figures")
{
    test::DomainFixture f;
    const DashboardFigures figures = readDashboard(*f.as(QStringLiteral("bea")));
    CHECK_FALSE(figures.money.has_value());
    CHECK_FALSE(figures.pendingApprovals.has_value());
    const DashboardFigures manager = readDashboard(*f.as(QStringLiteral("dara")));
    CHECK(manager.money.has_value());
    CHECK(manager.pendingApprovals == 0);
}

TEST_CASE("the dashboard's figures on a demo vault equal the core's lists and reports")
{
    DemoVault demo(60, 4);
    for (const char* login : {"ana", "caseworker", "fundmanager", "finance", "auditor"}) {
        INFO("as " << login);
        auto session = demo.as(QString::fromLatin1(login));
        requireCaseFiguresMatchTheCaseList(*session);
    }

    // The demo's payments are spread over six years, a few a year: two years
    // back, the twelve months hold several of them, and later ones are left out.
    demo.vault.clock.advance(-std::chrono::hours(24 * 730));
    auto finance = demo.as(QStringLiteral("finance"));
    const DashboardFigures figures = readDashboard(*finance);
    REQUIRE(figures.money.has_value());
    REQUIRE(figures.pendingApprovals.has_value());
    GrantFilter submitted;
    submitted.statuses = {QStringLiteral("submitted")};
    CHECK(*figures.pendingApprovals ==
          static_cast<qint64>(GrantService(*finance).list(submitted).size()));
    CHECK(*figures.pendingApprovals > 0);
    const QDate today = demo.vault.clock.nowUtc().toLocalTime().date();
    CHECK(figures.money->overdueReceipts ==
          static_cast<qint64>(DisbursementService(*finance).overdueJustifications(today).size()));

    // Per fund over the twelve months, and per month in each currency, the
    // bars add up to the disbursement report of the same period.
    const DashboardMoney& money = *figures.money;
    CHECK(money.firstMonth == QDate(today.year(), today.month(), 1).addMonths(-11));
    CHECK(money.disbursements.size() >= 3);
    QMap<QString, qint64> byFund;
    QMap<QString, qint64> byMonth;
    for (const FundMonth& bar : money.disbursements) {
        CHECK(bar.month >= money.firstMonth);
        CHECK(bar.month <= today);
        byFund[bar.fundCode] += bar.netMinor;
        byMonth[bar.month.toString(QStringLiteral("yyyy-MM")) + bar.currency] += bar.netMinor;
    }
    QMap<QString, qint64> reportByFund;
    for (const DisbursementTotal& t :
         disbursementReport(*finance, ReportDimension::Fund, money.firstMonth, today))
        reportByFund[t.key] += t.netMinor;
    QMap<QString, qint64> reportByMonth;
    for (const DisbursementTotal& t :
         disbursementReport(*finance, ReportDimension::Month, money.firstMonth, today))
        reportByMonth[t.key + t.currency] += t.netMinor;
    CHECK(byFund == reportByFund);
    CHECK(byMonth == reportByMonth);

    const DashboardFigures caseworker = readDashboard(*demo.as(QStringLiteral("caseworker")));
    CHECK_FALSE(caseworker.money.has_value());
    CHECK_FALSE(caseworker.pendingApprovals.has_value());
}
