#include "TestSupport.h"
#include "util/Error.h"
#include "vault/LoginThrottle.h"
#include "vault/Session.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace std::chrono_literals;
using amparo::test::VaultFixture;

TEST_CASE("the wait after failed attempts grows and is capped")
{
    CHECK(LoginThrottle::delayAfter(0) == 0s);
    CHECK(LoginThrottle::delayAfter(2) == 0s);
    CHECK(LoginThrottle::delayAfter(3) == 1s);
    CHECK(LoginThrottle::delayAfter(4) == 2s);
    CHECK(LoginThrottle::delayAfter(6) == 8s);
    CHECK(LoginThrottle::delayAfter(100) == 60s);
}

TEST_CASE("after repeated failures even the right passphrase must wait, then works")
{
    VaultFixture vault;
    for (int i = 0; i < 5; ++i) {
        REQUIRE_THROWS_AS(
            vault.open(QStringLiteral("ana"), QStringLiteral("guess number %1").arg(i)), Error);
        vault.clock.advance(60s); // a patient guesser: every attempt is a real one
    }
    vault.clock.advance(-60s);
    try {
        vault.openAdmin();
        FAIL("the throttle let an attempt through at once");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Refused);
        CHECK(error.message().contains(QStringLiteral("wait 4 second")));
    }
    vault.clock.advance(4s);
    auto session = vault.openAdmin();
    CHECK(session->failedAttemptsBeforeLogin() == 5);
}

TEST_CASE("failures recorded under a clock that was later set back lock no one out for long")
{
    test::TempFolder folder;
    test::ManualClock clock;
    LoginThrottle throttle(folder.path(QStringLiteral("attempts")), clock);
    const QByteArray slot(32, 'x');
    clock.advance(24h);
    for (int i = 0; i < 20; ++i)
        throttle.recordFailure(slot);
    clock.advance(-24h);
    CHECK_NOTHROW(throttle.requireAllowed(slot));
    // Once failures happen on the corrected clock, the delay applies again.
    throttle.recordFailure(slot);
    REQUIRE_THROWS_WITH(throttle.requireAllowed(slot), Catch::Contains("60 second"));
}

TEST_CASE("a throttled attempt does not count as another failure")
{
    VaultFixture vault;
    for (int i = 0; i < 3; ++i)
        REQUIRE_THROWS_AS(
            vault.open(QStringLiteral("ana"), QStringLiteral("guess number %1").arg(i)), Error);
    REQUIRE_THROWS_AS(vault.open(QStringLiteral("ana"), QStringLiteral("still guessing")), Error);
    vault.clock.advance(1s);
    CHECK(vault.openAdmin()->failedAttemptsBeforeLogin() == 3);
}
