#include "audit/AuditActions.h"

#include "DomainFixture.h"
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
          QStringLiteral("Status changed"));
    CHECK(audit::actionLabel(QStringLiteral("future.action")) == QStringLiteral("future.action"));
}
