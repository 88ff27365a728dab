#include "MoneyWorld.h"
#include "assistance/AssistanceService.h"
#include "ledger/Corrections.h"
#include "ledger/LedgerReports.h"
#include "vault/Session.h"

#include <chrono>

using namespace amparo;
using namespace amparo::test;
using namespace std::chrono_literals;

namespace {

const DisbursementTotal* findKey(const std::vector<DisbursementTotal>& totals, const char* key)
{
    for (const DisbursementTotal& t : totals) {
        if (t.key == QLatin1String(key))
            return &t;
    }
    return nullptr;
}

} // namespace

TEST_CASE("disbursements are reported by country assistance type month and fund")
{
    MoneyWorld world;
    Assistance legal;
    legal.caseId = world.caseId;
    legal.type = QStringLiteral("legal");
    legal.description = QStringLiteral("Appeal against the detention order");
    const qint64 assistanceId = AssistanceService(world.as("bea")).create(legal).id;
    GrantRequest r;
    r.caseId = world.caseId;
    r.fundId = world.fundId;
    r.assistanceId = assistanceId;
    r.currency = QStringLiteral("EUR");
    r.purpose = QStringLiteral("Appeal");
    r.lines = {{QStringLiteral("Lawyer"), 900'00}};
    const Grant withLine = GrantService(world.as("bea")).request(r);
    GrantService(world.as("dara")).approve(withLine.id, std::nullopt, QString());
    const Grant plain = world.approved(500'00);

    DisbursementService finance(world.as("fatima"));
    finance.pay(world.payment(withLine.id, 400'00));
    world.fixture.vault.clock.advance(24h * 20); // into April
    finance.pay(world.payment(withLine.id, 500'00));
    finance.refund(world.payment(withLine.id, 100'00));
    const Disbursement mistaken = finance.pay(world.payment(plain.id, 300'00));
    Corrections(world.as("farid")).reverse(mistaken.transactionId, QStringLiteral("Duplicate"));
    finance.pay(world.payment(plain.id, 200'00));

    Session& auditor = world.as("eli");
    const auto byCountry = disbursementReport(auditor, ReportDimension::Country);
    REQUIRE(byCountry.size() == 1);
    CHECK(byCountry[0].key == QStringLiteral("PH"));
    CHECK(byCountry[0].currency == QStringLiteral("EUR"));
    CHECK(byCountry[0].paidMinor == 1'100'00);
    CHECK(byCountry[0].refundedMinor == 100'00);
    CHECK(byCountry[0].netMinor == 1'000'00);
    CHECK(byCountry[0].payments == 3);

    const auto byType = disbursementReport(auditor, ReportDimension::AssistanceType);
    REQUIRE(findKey(byType, "legal"));
    CHECK(findKey(byType, "legal")->netMinor == 800'00);
    REQUIRE(findKey(byType, "none"));
    CHECK(findKey(byType, "none")->netMinor == 200'00);

    const auto byMonth = disbursementReport(auditor, ReportDimension::Month);
    REQUIRE(byMonth.size() == 2);
    CHECK(byMonth[0].key == QStringLiteral("2026-03"));
    CHECK(byMonth[0].paidMinor == 400'00);
    CHECK(byMonth[1].key == QStringLiteral("2026-04"));
    CHECK(byMonth[1].netMinor == 600'00);

    const auto april = disbursementReport(auditor, ReportDimension::Fund, QDate(2026, 4, 1));
    REQUIRE(april.size() == 1);
    CHECK(april[0].key == QStringLiteral("UAF"));
    CHECK(april[0].netMinor == 600'00);

    CHECK(refusal([&] {
              disbursementReport(world.as("bea"), ReportDimension::Fund);
          }).contains(QStringLiteral("not allowed to read the ledger")));
}
