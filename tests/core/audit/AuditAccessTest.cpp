#include "audit/AuditAccess.h"

#include "DomainFixture.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;

TEST_CASE("only administrators and auditors read or verify the whole audit trail")
{
    test::DomainFixture f;
    for (const char* login : {"ana", "eli"}) {
        INFO(login);
        auto session = f.as(QString::fromLatin1(login));
        CHECK(audit::verifyTrail(*session).intact);
        CHECK_FALSE(audit::recentEntries(*session, 5).empty());
    }
    for (const char* login : {"bea", "dara"}) {
        INFO(login);
        auto session = f.as(QString::fromLatin1(login));
        REQUIRE_THROWS_WITH(audit::verifyTrail(*session), Catch::Contains("read the audit trail"));
        REQUIRE_THROWS_WITH(audit::recentEntries(*session, 5),
                            Catch::Contains("read the audit trail"));
    }
}
