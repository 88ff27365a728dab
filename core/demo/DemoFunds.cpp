// The demo's funds and what their donors give them (the rest of the money plan).

#include "demo/DemoMoneyPlan.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRates.h"
#include "demo/DemoWorld.h"

namespace amparo {
namespace demo {
namespace {

// Donors in the order DemoOrganisations creates them.
enum Donor
{
    Lumiere,
    NordicFund,
    OpenHorizons,
    Aurora,
    VrijeStem,
    HorizonteSolidario,
};

qint64 roundUp(qint64 minor, qint64 step)
{
    return (minor + step - 1) / step * step;
}

} // namespace

const std::vector<DemoFund>& demoFunds()
{
    static const std::vector<DemoFund> funds = {
        {"UAF",
         "Urgent Assistance Fund",
         "EUR",
         5'000'00,
         {},
         {},
         {{Lumiere, "EUR"}, {Aurora, "GBP"}},
         "Emergency legal, medical and social support for victims of torture and their "
         "families, decided within days. Fictional fund of the demo data."},
        {"OEF",
         "Observatory Emergency Fund",
         "USD",
         6'000'00,
         {QStringLiteral("defenders")},
         {QStringLiteral("legal"), QStringLiteral("medical"), QStringLiteral("psychosocial"),
          QStringLiteral("relocation"), QStringLiteral("accompaniment")},
         {{OpenHorizons, "USD"}, {VrijeStem, "EUR"}},
         "Protection of human rights defenders at risk: defence, care, relocation and "
         "accompaniment. Fictional fund of the demo data."},
        {"RSF",
         "Rehabilitation Support Fund",
         "CHF",
         4'000'00,
         {},
         {QStringLiteral("medical"), QStringLiteral("psychosocial")},
         {{NordicFund, "SEK"}, {HorizonteSolidario, "EUR"}},
         "Medical and psychological rehabilitation of survivors of torture. Fictional fund of "
         "the demo data."},
    };
    return funds;
}

void planContributions(const DemoWorld& world, MoneyPlan& plan)
{
    DemoRandom random(DemoRandom::mix(world.seed, 0xD0404));
    const auto& funds = demoFunds();
    // What each fund approves in each year of the history, in its currency.
    std::vector<std::vector<qint64>> approved(funds.size());
    int years = 0;
    while (world.start.addYears(years) < world.end)
        ++years;
    for (auto& byYear : approved)
        byYear.assign(static_cast<std::size_t>(years), 0);
    for (const PlannedGrant& grant : plan.grants) {
        if (grant.approvedMinor == 0)
            continue;
        int year = 0;
        while (year + 1 < years && world.start.addYears(year + 1) <= grant.approvedAt)
            ++year;
        approved[static_cast<std::size_t>(grant.fund)][static_cast<std::size_t>(year)] +=
            grant.approvedMinor;
    }

    plan.annualBudgetMinor.assign(funds.size(), 0);
    for (std::size_t f = 0; f < funds.size(); ++f) {
        const DemoFund& fund = funds[f];
        const QString currency = QString::fromLatin1(fund.currency);
        const qint64 unit = wholeUnits(1, currency);
        for (int year = 0; year < years; ++year) {
            // A fifth more than the year's approvals, and a small reserve.
            const qint64 needed = approved[f][static_cast<std::size_t>(year)];
            const qint64 total = roundUp(needed + needed / 5 + 3'000 * unit, 1'000 * unit);
            plan.annualBudgetMinor[f] =
                std::max(plan.annualBudgetMinor[f], roundUp(total, 5'000 * unit));
            const qint64 lead = roundUp(total * 3 / 5, 500 * unit);
            const QDateTime day = world.start.addYears(year);
            for (std::size_t d = 0; d < fund.donors.size() && d < 2; ++d) {
                const qint64 share = d == 0 ? lead : total - lead;
                if (share <= 0)
                    continue;
                PlannedContribution c;
                c.fund = static_cast<int>(f);
                c.donor = fund.donors[d].first;
                c.currency = QString::fromLatin1(fund.donors[d].second);
                c.at =
                    day.addSecs(9 * 3600 + static_cast<qint64>(d) * 5400 + random.between(0, 3000));
                if (c.currency == currency) {
                    c.amountMinor = share;
                } else {
                    c.rate = demoRate(currency, c.currency, random.between(-20, 20));
                    const qint64 donorUnit = wholeUnits(1, c.currency);
                    // Donors give round sums; rounding up keeps the share covered.
                    c.amountMinor = roundUp(paidAmountFor(share, currency, *c.rate, c.currency),
                                            500 * donorUnit);
                }
                c.reference = QStringLiteral("AGR-%1-%2-%3")
                                  .arg(QString::fromLatin1(fund.code))
                                  .arg(day.date().year())
                                  .arg(d + 1);
                plan.contributions.push_back(c);
            }
        }
    }
    std::stable_sort(
        plan.contributions.begin(), plan.contributions.end(),
        [](const PlannedContribution& a, const PlannedContribution& b) { return a.at < b.at; });
}

} // namespace demo
} // namespace amparo
