#include "SummaryWorld.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::PdfText;
using amparo::test::SummaryWorld;

namespace {

// Fund UAF in EUR holding 20,000.00; a grant of 1,500.00 for the case,
// approved by dara and paid by fatima: 1,000.00 EUR, then 5,000.00 MXN at
// EUR 1 = MXN 20 (250.00 EUR); 100.00 EUR came back as a refund.
struct PaidGrant
{
    explicit PaidGrant(SummaryWorld& world)
    {
        Fund fund;
        fund.code = QStringLiteral("UAF");
        fund.name = QStringLiteral("Urgent Assistance Fund");
        fund.currency = QStringLiteral("EUR");
        fund.annualBudgetMinor = 100'000'00;
        fundId = FundService(world.as("ana")).create(fund).id;
        Contribution contribution;
        contribution.fundId = fundId;
        contribution.amountMinor = 20'000'00;
        contribution.currency = QStringLiteral("EUR");
        FundService(world.as("fatima")).recordContribution(contribution);

        GrantRequest request;
        request.caseId = world.caseId;
        request.fundId = fundId;
        request.currency = QStringLiteral("EUR");
        request.purpose = QStringLiteral("Lawyer fees for the appeal");
        request.lines = {{request.purpose, 1'500'00}};
        grantId = GrantService(world.as("bea")).request(request).id;
        GrantService(world.as("dara")).approve(grantId, std::nullopt, QString());

        DisbursementService finance(world.as("fatima"));
        finance.pay(payment(1'000'00, "EUR"));
        finance.pay(payment(5'000'00, "MXN", ExchangeRate{20, 0}));
        finance.refund(payment(100'00, "EUR"));
    }

    PaymentInput payment(qint64 minor, const char* currency,
                         std::optional<ExchangeRate> rate = std::nullopt) const
    {
        PaymentInput p;
        p.grantId = grantId;
        p.amountMinor = minor;
        p.currency = QString::fromLatin1(currency);
        p.rate = rate;
        return p;
    }

    qint64 fundId = 0;
    qint64 grantId = 0;
};

QString euros(qint64 minor)
{
    return QLocale(QStringLiteral("en")).toString(double(minor) / 100, 'f', 2) +
           QStringLiteral(" EUR");
}

} // namespace

TEST_CASE("the totals of a summary are the ledger's")
{
    SummaryWorld world;
    const PaidGrant grant(world);
    const FundPosition position = FundService(world.as("ana")).position(grant.fundId);
    const Grant g = GrantService(world.as("ana")).get(grant.grantId);
    REQUIRE(position.disbursedMinor == 1'150'00);

    const PdfText pdf(world.summary("dara", Redaction::Internal));
    CHECK(pdf.contains(QStringLiteral("Net paid, in the fund's currency: ") +
                       euros(position.disbursedMinor)));
    CHECK(pdf.contains(
        QStringLiteral("Net paid, by currency of payment: 900.00 EUR · 5,000.00 MXN")));
    // The grant's row and its total: requested, approved, paid and refunded.
    CHECK(pdf.contains(QStringLiteral("Total in EUR ") + euros(g.requestedMinor) +
                       QLatin1Char(' ') + euros(*g.approvedMinor) + QLatin1Char(' ') +
                       euros(g.paidMinor) + QLatin1Char(' ') + euros(g.refundedMinor)));
    CHECK(pdf.contains(QStringLiteral("1 EUR = 20 MXN")));
    CHECK(pdf.contains(QStringLiteral("Lawyer fees for the appeal")));
}

TEST_CASE("a caseworker's summary lists grants and says who sees the payments")
{
    SummaryWorld world;
    const PaidGrant grant(world);
    const PdfText pdf(world.summary("bea", Redaction::Internal));
    CHECK(pdf.contains(QStringLiteral("Lawyer fees for the appeal")));
    CHECK(pdf.contains(QStringLiteral("1,500.00 EUR")));
    CHECK(
        pdf.contains(QStringLiteral("Payments are shown to finance officers and fund managers.")));
    CHECK_FALSE(pdf.contains(QStringLiteral("MXN")));
    CHECK_FALSE(pdf.contains(QStringLiteral("Net paid")));
}
