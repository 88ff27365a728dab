#include "auth/Permission.h"

#include "auth/User.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::auth;

namespace {

User userWith(RoleSet roles, qint64 id = 7)
{
    User user;
    user.id = id;
    user.login = QStringLiteral("someone");
    user.roles = roles;
    return user;
}

} // namespace

TEST_CASE("only fund managers approve grants and caseworkers, finance and administrators cannot")
{
    CHECK(rolesAllow({Role::FundManager}, Permission::ApproveGrants));
    CHECK_FALSE(rolesAllow({Role::Caseworker}, Permission::ApproveGrants));
    CHECK_FALSE(rolesAllow({Role::Finance}, Permission::ApproveGrants));
    CHECK_FALSE(rolesAllow({Role::Admin}, Permission::ApproveGrants));
    CHECK_FALSE(rolesAllow({Role::Auditor}, Permission::ApproveGrants));
}

TEST_CASE("finance records ledger entries but cannot approve grants")
{
    CHECK(rolesAllow({Role::Finance}, Permission::RecordLedger));
    CHECK_FALSE(rolesAllow({Role::Finance}, Permission::ApproveGrants));
    CHECK_FALSE(rolesAllow({Role::FundManager}, Permission::RecordLedger));
}

TEST_CASE("the auditor reads everything and changes nothing")
{
    const RoleSet auditor{Role::Auditor};
    CHECK(rolesAllow(auditor, Permission::ReadAuditTrail));
    CHECK(rolesAllow(auditor, Permission::ReadAllCases));
    CHECK(rolesAllow(auditor, Permission::ReadLedger));
    for (const Permission change :
         {Permission::ManageUsers, Permission::ManageSettings, Permission::EditCases,
          Permission::RequestGrants, Permission::ApproveGrants, Permission::RecordLedger,
          Permission::BackupVault}) {
        CHECK_FALSE(rolesAllow(auditor, change));
    }
}

TEST_CASE("a caseworker cannot read restricted cases of others or manage users")
{
    CHECK(rolesAllow({Role::Caseworker}, Permission::ReadCases));
    CHECK_FALSE(rolesAllow({Role::Caseworker}, Permission::ReadAllCases));
    CHECK_FALSE(rolesAllow({Role::Caseworker}, Permission::ManageUsers));
}

TEST_CASE("several roles add up")
{
    const RoleSet both{Role::Caseworker, Role::FundManager};
    CHECK(rolesAllow(both, Permission::RequestGrants));
    CHECK(rolesAllow(both, Permission::ApproveGrants));
}

TEST_CASE("a refusal names the user, their roles and the act")
{
    REQUIRE_THROWS_WITH(requirePermission(userWith({Role::Caseworker}), Permission::ManageUsers),
                        Catch::Contains("someone") && Catch::Contains("caseworker") &&
                            Catch::Contains("manage users"));
}

TEST_CASE("a disabled user is refused whatever their roles")
{
    User user = userWith({Role::Admin});
    user.status = UserStatus::Disabled;
    REQUIRE_THROWS_WITH(requirePermission(user, Permission::ManageUsers),
                        Catch::Contains("disabled"));
}

TEST_CASE("four eyes: the requester cannot also approve")
{
    const User manager = userWith({Role::FundManager}, 42);
    REQUIRE_THROWS_WITH(
        requireDifferentPeople(manager, 42, QStringLiteral("approve a grant they requested")),
        Catch::Contains("Four-eyes"));
    CHECK_NOTHROW(
        requireDifferentPeople(manager, 43, QStringLiteral("approve a grant they requested")));
}

TEST_CASE("role names parse from the command line, unknown ones are named")
{
    CHECK(RoleSet::parse(QStringLiteral("admin, fund_manager")) ==
          RoleSet{Role::Admin, Role::FundManager});
    REQUIRE_THROWS_WITH(RoleSet::parse(QStringLiteral("caseworker,boss")),
                        Catch::Contains("\"boss\""));
    REQUIRE_THROWS_WITH(RoleSet::parse(QString()), Catch::Contains("At least one role"));
}

TEST_CASE("user names are normalised and limited to a safe alphabet")
{
    CHECK(normalizeLogin(QStringLiteral("  Ana.Q ")) == QStringLiteral("ana.q"));
    REQUIRE_THROWS_WITH(normalizeLogin(QStringLiteral("ana q")),
                        Catch::Contains("may only contain"));
    REQUIRE_THROWS_WITH(normalizeLogin(QStringLiteral("<b>x</b>")),
                        Catch::Contains("may only contain"));
    REQUIRE_THROWS_WITH(normalizeLogin(QStringLiteral("a")), Catch::Contains("2 to 64"));
}
