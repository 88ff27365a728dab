#pragma once

#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/Ledger.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

namespace amparo {
namespace test {

// The people of DomainFixture with their sessions open, a case of bea's in
// the Philippines and fund UAF in EUR (threshold 5,000.00) holding 20,000.00
// from a donor: the stage of every money test.
struct MoneyWorld
{
    MoneyWorld()
    {
        for (const char* login :
             {"ana", "bea", "carlos", "dara", "diego", "eli", "fatima", "farid"})
            sessions.emplace(QString::fromLatin1(login), fixture.as(QString::fromLatin1(login)));
        caseId = CaseService(as("bea")).create(sampleCase()).id;
        Fund fund;
        fund.code = QStringLiteral("UAF");
        fund.name = QStringLiteral("Urgent Assistance Fund");
        fund.currency = QStringLiteral("EUR");
        fund.annualBudgetMinor = 100'000'00;
        fund.approvalThresholdMinor = 5'000'00;
        fundId = FundService(as("ana")).create(fund).id;
        contribute(20'000'00, QStringLiteral("EUR"));
    }

    Session& as(const char* login) { return *sessions.at(QString::fromLatin1(login)); }

    Contribution contribute(qint64 minor, const QString& currency,
                            std::optional<ExchangeRate> rate = std::nullopt)
    {
        Contribution c;
        c.fundId = fundId;
        c.amountMinor = minor;
        c.currency = currency;
        c.rate = rate;
        return FundService(as("fatima")).recordContribution(c);
    }

    // Asked by bea, in EUR, one line.
    Grant request(qint64 minor, const char* purpose = "Lawyer fees for the appeal")
    {
        GrantRequest r;
        r.caseId = caseId;
        r.fundId = fundId;
        r.currency = QStringLiteral("EUR");
        r.purpose = QString::fromLatin1(purpose);
        r.lines = {{QString::fromLatin1(purpose), minor}};
        return GrantService(as("bea")).request(r);
    }

    Grant approved(qint64 minor)
    {
        const Grant g = request(minor);
        GrantService(as("dara")).approve(g.id, std::nullopt, QString());
        return grant(g.id);
    }

    Grant grant(qint64 id) { return GrantService(as("ana")).get(id); }

    PaymentInput payment(qint64 grantId, qint64 minor,
                         const QString& currency = QStringLiteral("EUR"),
                         std::optional<ExchangeRate> rate = std::nullopt)
    {
        PaymentInput p;
        p.grantId = grantId;
        p.amountMinor = minor;
        p.currency = currency;
        p.rate = rate;
        return p;
    }

    FundPosition position() { return FundService(as("ana")).position(fundId); }
    qint64 transactions() { return Ledger(as("ana")).transactionCount(); }

    DomainFixture fixture;
    std::map<QString, std::unique_ptr<Session>> sessions;
    qint64 caseId = 0;
    qint64 fundId = 0;
};

// The message of the Error that `action` throws, or a failure when it throws none.
template <typename Action> QString refusal(Action&& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message();
    }
    FAIL("expected a refusal");
    return {};
}

} // namespace test
} // namespace amparo
