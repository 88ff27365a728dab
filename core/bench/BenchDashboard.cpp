#include "bench/BenchScenarios.h"
#include "bench/BenchStats.h"
#include "dashboard/Dashboard.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace amparo {
namespace bench {
namespace {

struct DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::Dashboard)
};

// The dashboard is read each time it is shown: every figure, as the role
// sees them.
std::optional<double> dashboardMedian(BenchContext& context, const QString& login)
{
    auto session = Vault::open(context.vault.directory, login, context.passphrase, Clock::system());
    Samples samples;
    qint64 counted = 0;
    for (int r = 0; r < context.repetitions; ++r)
        samples.add(millisecondsOf(
            [&] { counted = static_cast<qint64>(readDashboard(*session).casesByStatus.size()); }));
    Q_UNUSED(counted);
    return samples.empty() ? std::nullopt : std::optional(samples.median());
}

} // namespace

void benchDashboard(BenchContext& context)
{
    context.report.add(QStringLiteral("dashboard-fund-manager"),
                       DashboardText::tr("11. The dashboard's figures, as a fund manager"),
                       dashboardMedian(context, QStringLiteral("fundmanager")),
                       DashboardText::tr("ms"), atMost(250),
                       DashboardText::tr("every case, assistance and money figure"));
    context.report.add(QStringLiteral("dashboard-caseworker"),
                       DashboardText::tr("11. The dashboard's figures, as a caseworker"),
                       dashboardMedian(context, QStringLiteral("caseworker")),
                       DashboardText::tr("ms"), atMost(250),
                       DashboardText::tr("the cases this caseworker may see"));
}

} // namespace bench
} // namespace amparo
