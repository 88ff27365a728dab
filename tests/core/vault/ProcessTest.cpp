#include "TestSupport.h"
#include "vault/Session.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace amparo;

TEST_CASE("with a vault open, no plain SQLite library and no Qt SQL plugin is loaded")
{
    test::VaultFixture vault;
    auto session = vault.openAdmin();
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    CHECK(mapped.contains("libsqlcipher"));
    CHECK_FALSE(mapped.contains("libsqlite3"));
    CHECK_FALSE(mapped.contains("libQt6Sql"));
    CHECK_FALSE(mapped.contains("qsqlite"));
}

TEST_CASE("with a vault open the process writes no core dumps and cannot be attached to")
{
    test::VaultFixture vault;
    auto session = vault.openAdmin();
    CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
    rlimit core{};
    REQUIRE(getrlimit(RLIMIT_CORE, &core) == 0);
    CHECK(core.rlim_cur == 0);
    CHECK(core.rlim_max == 0);
}
