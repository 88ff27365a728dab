#include "DomainFixture.h"
#include "audit/AuditLabels.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "vault/Session.h"

#include <catch2/catch.hpp>

using namespace amparo;

TEST_CASE("every action a case's life writes to the trail reads as words, not as a code")
{
    test::DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    CaseService cases(*bea);
    const Case c = cases.create(test::sampleCase());
    cases.transition(c.id, QStringLiteral("assessment"), QStringLiteral("Lawyer's report"));
    for (const audit::AuditEntry& entry : bea->audit().latest(50)) {
        INFO(entry.action.toStdString());
        CHECK(audit::actionLabel(entry.action) != entry.action);
    }
    CHECK(audit::actionLabel(QStringLiteral("case.transition")) ==
          QStringLiteral("Case status changed"));
    CHECK(audit::actionLabel(QStringLiteral("future.action")) == QStringLiteral("future.action"));
}

TEST_CASE(
    "a change reads with labels: vocabulary values as words, sensitive values only as changed")
{
    const QStringList lines = audit::describeChanges(
        {{QStringLiteral("status"), QStringLiteral("intake"), QStringLiteral("assessment")},
         {QStringLiteral("incident_on"), std::nullopt, QStringLiteral("2026-03-01")},
         {QStringLiteral("full_name"), std::nullopt, std::nullopt},
         {QStringLiteral("place"), QStringLiteral("Cali"), QStringLiteral("")}});
    CHECK(lines == QStringList{QStringLiteral("Status: Intake → Assessment"),
                               QStringLiteral("Incident on: 2026-03-01"),
                               QStringLiteral("Full name changed"),
                               QStringLiteral("Place: Cali → (none)")});
}
