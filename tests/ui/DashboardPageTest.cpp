#include "dashboard/DashboardPage.h"

#include "../core/demo/DemoSupport.h"
#include "DomainFixture.h"
#include "Named.h"
#include "Retranslation.h"
#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "dashboard/ChartCard.h"
#include "domain/Vocabulary.h"
#include "grants/DisbursementService.h"
#include "grants/GrantListModel.h"
#include "grants/GrantService.h"
#include "grants/GrantsSection.h"
#include "ledger/LedgerReports.h"
#include "main/SessionHolder.h"
#include "main/Workspace.h"
#include "tasks/TaskService.h"
#include "util/Clock.h"
#include "vault/Session.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QListWidget>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>
#include <set>

using namespace amparo;
using amparo::test::named;

namespace {

// The bars of a card's chart, top to bottom as a person reads them.
QList<qint64> barsOf(ui::ChartCard& card)
{
    const auto series = card.chartView().chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.front());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    const QBarSet* set = bars->barSets().front();
    QList<qint64> values;
    for (int i = set->count() - 1; i >= 0; --i)
        values << static_cast<qint64>(set->at(i));
    return values;
}

QStringList figuresOf(ui::ChartCard& card)
{
    QStringList texts;
    for (int row = 0; row < card.figures().count(); ++row)
        texts << card.figures().item(row)->text();
    return texts;
}

CaseFilter withStatus(const QString& status)
{
    CaseFilter filter;
    filter.statuses = {status};
    return filter;
}

} // namespace

TEST_CASE("the dashboard of a demo vault shows the core's figures")
{
    test::DemoVault demo(40, 5);
    // The demo's payments are spread over six years: two years back, the
    // twelve months of the money chart hold several.
    demo.vault.clock.advance(-std::chrono::hours(24 * 730));
    ui::SessionHolder holder(demo.as(QStringLiteral("fundmanager")));
    ui::DashboardPage page(holder);
    page.resize(980, 720);
    page.show();
    REQUIRE(page.figures());

    // Each status bar equals the case list's count of that status.
    auto& status = *named<ui::ChartCard>(page, QStringLiteral("Cases by status"));
    const CaseService cases(holder.session());
    QList<qint64> expected;
    QStringList lines;
    for (const QString& term : termNames(Vocabulary::CaseStatus)) {
        expected << cases.count(withStatus(term));
        lines << QStringLiteral("%1: %2").arg(termLabel(Vocabulary::CaseStatus, term),
                                              QLocale().toString(expected.back()));
    }
    CHECK(barsOf(status) == expected);
    CHECK(figuresOf(status) == lines);

    auto& countries = *named<ui::ChartCard>(page, QStringLiteral("Cases in the top countries"));
    const QList<qint64> countryBars = barsOf(countries);
    const auto& top = page.figures()->casesByCountry;
    REQUIRE(countryBars.size() >= static_cast<qsizetype>(top.size()));
    for (size_t i = 0; i < top.size(); ++i) {
        CaseFilter filter;
        filter.country = top[i].key;
        CHECK(countryBars.at(static_cast<qsizetype>(i)) == cases.count(filter));
    }

    GrantFilter submitted;
    submitted.statuses = {QStringLiteral("submitted")};
    const auto pending = GrantService(holder.session()).list(submitted).size();
    auto* pendingButton = named<QToolButton>(page, QStringLiteral("Pending approvals"));
    CHECK(pendingButton->isVisible());
    CHECK(
        pendingButton->text().startsWith(QLocale().toString(qint64(pending)) + QLatin1Char('\n')));
    const auto overdue = TaskService(holder.session()).overdue().size();
    CHECK(named<QToolButton>(page, QStringLiteral("Overdue tasks"))
              ->text()
              .startsWith(QLocale().toString(qint64(overdue)) + QLatin1Char('\n')));
    CHECK(named<ui::ChartCard>(
              page, QStringLiteral("Net disbursements per month and fund, last 12 months"))
              ->isVisible());
    CHECK(named<QToolButton>(page, QStringLiteral("Overdue receipts"))->isVisible());

    // The money chart: one set of bars per fund, adding up to the report of
    // the same twelve months by fund.
    auto& money = *named<ui::ChartCard>(
        page, QStringLiteral("Net disbursements per month and fund, last 12 months"));
    const DashboardMoney& figures = *page.figures()->money;
    const QDate today = demo.vault.clock.nowUtc().toLocalTime().date();
    QMap<QString, qint64> reported;
    for (const DisbursementTotal& t :
         disbursementReport(holder.session(), ReportDimension::Fund, figures.firstMonth, today))
        reported[QStringLiteral("%1 (%2)").arg(t.key, t.currency)] += t.netMinor;
    REQUIRE_FALSE(reported.isEmpty());
    auto* moneyBars =
        qobject_cast<QAbstractBarSeries*>(money.chartView().chart()->series().front());
    REQUIRE(moneyBars);
    QMap<QString, qint64> drawn;
    for (const QBarSet* set : moneyBars->barSets()) {
        CHECK(set->count() == 12);
        qreal sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        drawn[set->label()] = qRound64(sum * 100); // the demo's currencies have cents
    }
    CHECK(drawn == reported);
    CHECK(money.figures().count() == static_cast<int>(figures.disbursements.size()));

    // The button opens the pending approvals.
    int opened = 0;
    QObject::connect(&page, &ui::DashboardPage::pendingApprovalsRequested, [&] { ++opened; });
    QTest::mouseClick(pendingButton, Qt::LeftButton);
    CHECK(opened == 1);
}

TEST_CASE("Enter on a status figure, or a click on its bar, opens the cases of that status")
{
    test::DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    CaseService(*bea).create(test::sampleCase());
    ui::SessionHolder holder(std::move(bea));
    ui::DashboardPage page(holder);
    page.show();
    auto& status = *named<ui::ChartCard>(page, QStringLiteral("Cases by status"));
    std::vector<CaseFilter> requested;
    QObject::connect(&page, &ui::DashboardPage::casesRequested,
                     [&](const CaseFilter& filter) { requested.push_back(filter); });

    const QStringList terms = termNames(Vocabulary::CaseStatus);
    status.figures().setFocus();
    status.figures().setCurrentRow(1);
    QTest::keyClick(&status.figures(), Qt::Key_Return);
    REQUIRE(requested.size() == 1);
    CHECK(requested.front().statuses == QStringList{terms.at(1)});

    // The bars are drawn bottom-up: the first status is the top bar.
    auto* bars = qobject_cast<QAbstractBarSeries*>(status.chartView().chart()->series().front());
    Q_EMIT bars->barSets().front()->clicked(static_cast<int>(terms.size()) - 1);
    REQUIRE(requested.size() == 2);
    CHECK(requested.back().statuses == QStringList{terms.front()});
}

TEST_CASE("a caseworker's dashboard has no money cards")
{
    test::DomainFixture f;
    ui::SessionHolder holder(f.as(QStringLiteral("bea")));
    ui::DashboardPage page(holder);
    page.show();
    REQUIRE(page.figures());
    CHECK_FALSE(named<QToolButton>(page, QStringLiteral("Pending approvals"))->isVisible());
    CHECK_FALSE(named<QToolButton>(page, QStringLiteral("Overdue receipts"))->isVisible());
    CHECK(named<QToolButton>(page, QStringLiteral("Overdue tasks"))->isVisible());
    CHECK_FALSE(named<ui::ChartCard>(
                    page, QStringLiteral("Net disbursements per month and fund, last 12 months"))
                    ->isVisible());
    // No case yet: the cards say so in words.
    CHECK(page.findChild<QLabel*>() != nullptr);
    auto& status = *named<ui::ChartCard>(page, QStringLiteral("Cases by status"));
    CHECK_FALSE(status.chartView().isVisible());
    CHECK(status.figures().count() == 0);
}

TEST_CASE("the dashboard forgets its figures when the vault locks")
{
    test::DomainFixture f;
    ui::SessionHolder holder(f.as(QStringLiteral("dara")));
    ui::DashboardPage page(holder);
    page.show();
    REQUIRE(page.figures());
    CHECK(ui::decryptedItemsHeld() > 0);
    holder.lock();
    CHECK_FALSE(page.figures());
    CHECK(ui::decryptedItemsHeld() == 0);
}

TEST_CASE("the dashboard retranslates itself when the language changes")
{
    test::DomainFixture f;
    CaseService(*f.as(QStringLiteral("bea"))).create(test::sampleCase());
    ui::SessionHolder holder(f.as(QStringLiteral("dara")));
    test::requireRetranslates(QStringLiteral("fr"), [&holder] {
        auto page = std::make_unique<ui::DashboardPage>(holder);
        page->reload();
        return page;
    });
}

TEST_CASE("F5 reads the dashboard's figures again")
{
    test::DomainFixture f;
    ui::SessionHolder holder(f.as(QStringLiteral("bea")));
    ui::DashboardPage page(holder);
    page.show();
    auto& status = *named<ui::ChartCard>(page, QStringLiteral("Cases by status"));
    CHECK(status.figures().count() == 0);

    CaseService(*f.as(QStringLiteral("carlos"))).create(test::sampleCase());
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::keyClick(&page, Qt::Key_F5);
    const QString intake = termLabel(Vocabulary::CaseStatus, QStringLiteral("intake"));
    REQUIRE(status.figures().count() == static_cast<int>(termNames(Vocabulary::CaseStatus).size()));
    CHECK(status.figures().item(0)->text() == QStringLiteral("%1: 1").arg(intake));
}

TEST_CASE("overdue receipts on the dashboard open exactly the grants whose receipts are late")
{
    test::DemoVault demo(40, 5);
    ui::SessionHolder holder(demo.as(QStringLiteral("finance")));
    ui::Workspace workspace(holder);
    auto* dashboard = workspace.findChild<ui::DashboardPage*>();
    auto* grants = workspace.findChild<ui::GrantsSection*>();
    REQUIRE(dashboard);
    REQUIRE(grants);
    std::set<qint64> late;
    const QDate today = holder.session().clock().nowUtc().toLocalTime().date();
    for (const Disbursement& payment :
         DisbursementService(holder.session()).overdueJustifications(today))
        late.insert(payment.grantId);
    REQUIRE_FALSE(late.empty()); // the demo has some

    Q_EMIT dashboard->overdueReceiptsRequested();
    CHECK(workspace.sectionLabels().at(workspace.currentSection()) == QStringLiteral("Grants"));
    std::set<qint64> listed;
    for (int row = 0; row < grants->model().rowCount(); ++row)
        listed.insert(grants->model().grantAt(row)->id);
    CHECK(listed == late);
    CHECK(named<QComboBox>(*grants, QStringLiteral("Status"))->currentText() ==
          QStringLiteral("Receipts overdue"));
}
