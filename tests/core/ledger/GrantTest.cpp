#include "MoneyWorld.h"
#include "audit/AuditLog.h"
#include "settings/Settings.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"

using namespace amparo;
using namespace amparo::test;

TEST_CASE("a grant runs from request to approval and commits the fund")
{
    MoneyWorld world;
    const Grant asked = world.request(1'500'00);
    CHECK(asked.reference.startsWith(QStringLiteral("GR-2026-")));
    CHECK(asked.status == QStringLiteral("submitted"));
    CHECK(asked.requestedByLogin == QStringLiteral("bea"));

    GrantService(world.as("dara"))
        .approve(asked.id, 1'200'00, QStringLiteral("Capped at the scale"));
    const Grant g = world.grant(asked.id);
    CHECK(g.status == QStringLiteral("approved"));
    CHECK(g.approvedMinor == 1'200'00);
    CHECK(g.outstandingMinor == 1'200'00);
    const FundPosition p = world.position();
    CHECK(p.receivedMinor == 20'000'00);
    CHECK(p.committedMinor == 1'200'00);
    CHECK(p.disbursedMinor == 0);
    CHECK(p.availableMinor == 18'800'00);
    const auto events = GrantService(world.as("bea")).history(g.id);
    REQUIRE(events.size() == 3);
    CHECK(events.back().toStatus == QStringLiteral("approved"));
    CHECK(events.back().login == QStringLiteral("dara"));
}

TEST_CASE("nobody approves their own grant request")
{
    MoneyWorld world;
    // A caseworker who is also a fund manager.
    {
        auto admin = world.fixture.as(QStringLiteral("ana"));
        UserAdministration(*admin).setRoles(QStringLiteral("dara"),
                                            {auth::Role::FundManager, auth::Role::Caseworker});
    }
    auto dara = world.fixture.as(QStringLiteral("dara"));
    GrantRequest r;
    r.caseId = world.caseId;
    r.fundId = world.fundId;
    r.currency = QStringLiteral("EUR");
    r.purpose = QStringLiteral("Medical transfer");
    r.lines = {{QStringLiteral("Transfer"), 900'00}};
    const Grant g = GrantService(world.as("bea")).request(r);
    const qint64 before = world.transactions();
    const QString message =
        refusal([&] { GrantService(world.as("bea")).approve(g.id, std::nullopt, QString()); });
    CHECK(message.contains(QStringLiteral("not allowed to approve grants")));

    // dara asks, dara may not approve.
    r.purpose = QStringLiteral("Trial observation");
    const Grant own = GrantService(*dara).request(r);
    const QString own4eyes =
        refusal([&] { GrantService(*dara).approve(own.id, std::nullopt, QString()); });
    CHECK(own4eyes.contains(QStringLiteral("Four-eyes")));
    CHECK(own4eyes.contains(QStringLiteral("approve their own grant request")));
    CHECK(world.grant(own.id).status == QStringLiteral("submitted"));
    CHECK(world.transactions() == before);
}

TEST_CASE("above the threshold a grant needs two distinct approvers")
{
    MoneyWorld world;
    const Grant g = world.request(6'000'00);
    GrantService(world.as("dara")).approve(g.id, std::nullopt, QString());
    Grant after = world.grant(g.id);
    CHECK(after.status == QStringLiteral("submitted"));
    CHECK(after.approvals.size() == 1);
    CHECK(world.position().committedMinor == 0);

    const QString twice =
        refusal([&] { GrantService(world.as("dara")).approve(g.id, std::nullopt, QString()); });
    CHECK(twice.contains(QStringLiteral("give both approvals of a grant")));

    GrantService(world.as("diego")).approve(g.id, 5'500'00, QString());
    after = world.grant(g.id);
    CHECK(after.status == QStringLiteral("approved"));
    CHECK(after.approvedMinor == 5'500'00);
    CHECK(world.position().committedMinor == 5'500'00);
}

TEST_CASE("the approved amount is never more than the requested one")
{
    MoneyWorld world;
    const Grant g = world.request(1'000'00);
    const QString message =
        refusal([&] { GrantService(world.as("dara")).approve(g.id, 1'000'01, QString()); });
    CHECK(message.contains(QStringLiteral("cannot be more than")));
    CHECK(world.grant(g.id).status == QStringLiteral("submitted"));
}

TEST_CASE("rejecting or returning a request needs a comment")
{
    MoneyWorld world;
    const Grant g = world.request(800'00);
    GrantService manager(world.as("dara"));
    CHECK(refusal([&] {
              manager.reject(g.id, QStringLiteral("  "));
          }).contains(QStringLiteral("reason for the rejection")));
    CHECK(refusal([&] {
              manager.returnForChanges(g.id, QString());
          }).contains(QStringLiteral("What needs to change")));
    manager.returnForChanges(g.id, QStringLiteral("Attach the lawyer's quote."));
    CHECK(world.grant(g.id).status == QStringLiteral("returned"));
    GrantService(world.as("bea")).submit(g.id);
    manager.reject(g.id, QStringLiteral("Covered by another donor."));
    const Grant rejected = world.grant(g.id);
    CHECK(rejected.status == QStringLiteral("rejected"));
    CHECK(GrantService(world.as("bea")).history(g.id).back().comment ==
          QStringLiteral("Covered by another donor."));
    CHECK(refusal([&] {
              manager.approve(g.id, std::nullopt, QString());
          }).contains(QStringLiteral("only submitted requests can be approved")));
}

TEST_CASE(
    "approving more than the fund has available is refused unless an administrator authorised it")
{
    MoneyWorld world;
    world.approved(4'000'00);
    world.approved(4'000'00);
    world.approved(4'000'00);
    world.approved(4'000'00);
    const Grant big = world.request(4'500'00);
    const QString message =
        refusal([&] { GrantService(world.as("dara")).approve(big.id, std::nullopt, QString()); });
    CHECK(message.contains(QStringLiteral("4,000.00 EUR available")));
    CHECK(message.contains(QStringLiteral("administrator can authorise")));

    CHECK(refusal([&] {
              GrantService(world.as("dara")).authoriseOvercommit(big.id, QStringLiteral("x y"));
          }).contains(QStringLiteral("not allowed")));
    CHECK(refusal([&] {
              GrantService(world.as("ana")).authoriseOvercommit(big.id, QString());
          }).contains(QStringLiteral("reason for the over-commitment")));
    GrantService(world.as("ana"))
        .authoriseOvercommit(big.id, QStringLiteral("Donor pledge of 10,000 arrives next week."));
    // A request returned for changes is decided afresh, authorisation included.
    GrantService(world.as("dara")).returnForChanges(big.id, QStringLiteral("Split the costs"));
    GrantService(world.as("bea")).submit(big.id);
    CHECK_FALSE(world.grant(big.id).overcommitReason);
    CHECK(refusal([&] {
              GrantService(world.as("dara")).approve(big.id, std::nullopt, QString());
          }).contains(QStringLiteral("administrator can authorise")));
    GrantService(world.as("ana"))
        .authoriseOvercommit(big.id, QStringLiteral("Donor pledge of 10,000 arrives next week."));
    GrantService(world.as("dara")).approve(big.id, std::nullopt, QString());
    CHECK(world.position().availableMinor == -500'00);
    const auto entries =
        world.as("ana").audit().entriesFor(QStringLiteral("grant"), QString::number(big.id));
    bool audited = false;
    for (const auto& entry : entries) {
        for (const auto& change : entry.changes)
            audited |= change.field == QStringLiteral("overcommit") &&
                       change.after == QStringLiteral("Donor pledge of 10,000 arrives next week.");
    }
    CHECK(audited);
}

TEST_CASE("a fund's restrictions refuse grants that break them with the reason")
{
    MoneyWorld world;
    FundService funds(world.as("ana"));
    Fund fund = funds.get(world.fundId);
    fund.countries = {QStringLiteral("MX"), QStringLiteral("CO")};
    funds.update(fund);
    CHECK(refusal([&] {
              world.request(500'00);
          }).contains(QStringLiteral("may only pay for cases in MX, CO; this case is in PH")));
    fund.countries.clear();
    fund.programmes = {QStringLiteral("children")};
    funds.update(fund);
    CHECK(refusal([&] {
              world.request(500'00);
          }).contains(QStringLiteral("may only pay for the programmes")));
}

TEST_CASE("a grant must be asked in the fund's currency with valid budget lines")
{
    MoneyWorld world;
    GrantRequest r;
    r.caseId = world.caseId;
    r.fundId = world.fundId;
    r.currency = QStringLiteral("USD");
    r.purpose = QStringLiteral("Relocation");
    r.lines = {{QStringLiteral("Flights"), 700'00}};
    GrantService caseworker(world.as("bea"));
    CHECK(refusal([&] {
              caseworker.request(r);
          }).contains(QStringLiteral("keeps its accounts in EUR")));
    r.currency = QStringLiteral("EUR");
    r.lines = {};
    CHECK(refusal([&] {
              caseworker.request(r);
          }).contains(QStringLiteral("at least one budget line")));
    r.lines = {{QStringLiteral("Flights"), 700'00}, {QStringLiteral("Rent"), -5}};
    CHECK(refusal([&] { caseworker.request(r); }).contains(QStringLiteral("Budget line 2")));
    r.lines = {{QStringLiteral("Flights"), 700'00}, {QStringLiteral("Rent"), 300'00}};
    const Grant g = caseworker.request(r);
    CHECK(g.requestedMinor == 1'000'00);
    CHECK(g.lines.size() == 2);
}

TEST_CASE("cancelling an approved grant releases its commitment")
{
    MoneyWorld world;
    const Grant g = world.approved(2'000'00);
    CHECK(world.position().availableMinor == 18'000'00);
    CHECK(refusal([&] {
              GrantService(world.as("bea")).cancel(g.id, QStringLiteral("No longer needed"));
          }).contains(QStringLiteral("not allowed to approve grants")));
    GrantService(world.as("dara")).cancel(g.id, QStringLiteral("The person was released."));
    const Grant cancelled = world.grant(g.id);
    CHECK(cancelled.status == QStringLiteral("cancelled"));
    CHECK(cancelled.outstandingMinor == 0);
    CHECK(world.position().availableMinor == 20'000'00);
    CHECK(world.position().committedMinor == 0);
    CHECK(refusal([&] {
              GrantService(world.as("dara")).cancel(g.id, QStringLiteral("again"));
          }).contains(QStringLiteral("final")));
}

TEST_CASE("caseworkers see the grants of the cases they may see")
{
    MoneyWorld world;
    Case restricted = sampleCase(QStringLiteral("Enforced disappearance of a lawyer"));
    restricted.restricted = true;
    const qint64 hidden = CaseService(world.as("bea")).create(restricted).id;
    GrantRequest r;
    r.caseId = hidden;
    r.fundId = world.fundId;
    r.currency = QStringLiteral("EUR");
    r.purpose = QStringLiteral("Search and legal action");
    r.lines = {{QStringLiteral("Lawyer"), 300'00}};
    const Grant g = GrantService(world.as("bea")).request(r);
    CHECK(refusal([&] {
              GrantService(world.as("carlos")).get(g.id);
          }).contains(QStringLiteral("no grant with the id")));
    CHECK(GrantService(world.as("carlos")).list().empty());
    CHECK(GrantService(world.as("dara")).list().size() == 1);
    // Fund managers and finance decide and pay without seeing the case itself.
    GrantService(world.as("dara")).approve(g.id, std::nullopt, QString());
    DisbursementService(world.as("fatima")).pay(world.payment(g.id, 300'00));
    CHECK(world.grant(g.id).status == QStringLiteral("disbursed"));
    CHECK(refusal([&] {
              CaseService(world.as("dara")).get(hidden);
          }).contains(QStringLiteral("no case")));
}

TEST_CASE("the core says why a fund manager may not approve a grant, and approve keeps to it")
{
    MoneyWorld world;
    const Grant small = world.request(900'00);
    CHECK_FALSE(GrantService(world.as("dara")).approvalRefusal(small.id));

    const std::optional<QString> caseworker =
        GrantService(world.as("bea")).approvalRefusal(small.id);
    REQUIRE(caseworker);
    CHECK(caseworker->contains(QStringLiteral("not allowed to approve grants")));

    // Above the threshold, the first approver is not the second.
    const Grant big = world.request(6'000'00);
    GrantService(world.as("dara")).approve(big.id, std::nullopt, QString());
    const std::optional<QString> twice = GrantService(world.as("dara")).approvalRefusal(big.id);
    REQUIRE(twice);
    CHECK(twice->contains(QStringLiteral("give both approvals of a grant")));
    CHECK(*twice == refusal([&] {
        GrantService(world.as("dara")).approve(big.id, std::nullopt, QString());
    }));
    CHECK_FALSE(GrantService(world.as("diego")).approvalRefusal(big.id));

    // Once decided, nobody approves it again.
    GrantService(world.as("dara")).approve(small.id, std::nullopt, QString());
    const std::optional<QString> decided =
        GrantService(world.as("diego")).approvalRefusal(small.id);
    REQUIRE(decided);
    CHECK(decided->contains(QStringLiteral("only submitted requests can be approved")));
}

TEST_CASE("a fund manager who also requests is told the four-eyes rule on their own request")
{
    MoneyWorld world;
    {
        auto admin = world.fixture.as(QStringLiteral("ana"));
        UserAdministration(*admin).setRoles(QStringLiteral("dara"),
                                            {auth::Role::FundManager, auth::Role::Caseworker});
    }
    auto dara = world.fixture.as(QStringLiteral("dara"));
    GrantRequest r;
    r.caseId = world.caseId;
    r.fundId = world.fundId;
    r.currency = QStringLiteral("EUR");
    r.purpose = QStringLiteral("Trial observation");
    r.lines = {{QStringLiteral("Travel"), 700'00}};
    const Grant own = GrantService(*dara).request(r);
    const std::optional<QString> why = GrantService(*dara).approvalRefusal(own.id);
    REQUIRE(why);
    CHECK(why->contains(QStringLiteral("approve their own grant request")));
    CHECK(*why == refusal([&] { GrantService(*dara).approve(own.id, std::nullopt, QString()); }));
}
