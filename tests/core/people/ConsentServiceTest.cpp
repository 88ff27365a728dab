#include "people/ConsentService.h"

#include "DomainFixture.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DomainFixture;

namespace {

Consent decision(qint64 personId, const char* purpose, const char* status, QDate on,
                 std::optional<QDate> expires = std::nullopt)
{
    Consent c;
    c.personId = personId;
    c.purpose = QString::fromLatin1(purpose);
    c.status = QString::fromLatin1(status);
    c.decidedOn = on;
    c.expiresOn = expires;
    c.method = QStringLiteral("Signed form, witnessed by the lawyer");
    return c;
}

} // namespace

TEST_CASE("without a recorded consent the answer is no")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    const qint64 id = PersonService(*bea).create(test::samplePerson()).id;
    CHECK_FALSE(
        ConsentService(*bea).mayUse(id, QStringLiteral("urgent_appeal"), QDate(2026, 3, 10)));
}

TEST_CASE("consent applies to its purpose from its date until it expires")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    const qint64 id = PersonService(*bea).create(test::samplePerson()).id;
    ConsentService consent(*bea);
    consent.record(decision(id, "urgent_appeal", "given", QDate(2026, 1, 10), QDate(2026, 2, 28)));
    CHECK_FALSE(consent.mayUse(id, QStringLiteral("urgent_appeal"), QDate(2026, 1, 9)));
    CHECK(consent.mayUse(id, QStringLiteral("urgent_appeal"), QDate(2026, 1, 10)));
    CHECK(consent.mayUse(id, QStringLiteral("urgent_appeal"), QDate(2026, 2, 28)));
    CHECK_FALSE(consent.mayUse(id, QStringLiteral("urgent_appeal"), QDate(2026, 3, 1)));
    CHECK_FALSE(consent.mayUse(id, QStringLiteral("media"), QDate(2026, 1, 20)));
}

TEST_CASE("a withdrawal ends consent from its date and the history keeps both")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    const qint64 id = PersonService(*bea).create(test::samplePerson()).id;
    ConsentService consent(*bea);
    consent.record(decision(id, "partner_sharing", "given", QDate(2026, 1, 1)));
    consent.record(decision(id, "partner_sharing", "withdrawn", QDate(2026, 3, 1)));
    CHECK(consent.mayUse(id, QStringLiteral("partner_sharing"), QDate(2026, 2, 15)));
    CHECK_FALSE(consent.mayUse(id, QStringLiteral("partner_sharing"), QDate(2026, 3, 2)));
    const auto history = consent.history(id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].status == QStringLiteral("withdrawn"));
    CHECK(history[0].recordedBy == QStringLiteral("bea"));
}

TEST_CASE("a refusal means no")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    const qint64 id = PersonService(*bea).create(test::samplePerson()).id;
    ConsentService consent(*bea);
    consent.record(decision(id, "media", "refused", QDate(2026, 2, 1)));
    CHECK_FALSE(consent.mayUse(id, QStringLiteral("media"), QDate(2026, 3, 1)));
}

TEST_CASE("bad consent records are refused and say why")
{
    DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    const qint64 id = PersonService(*bea).create(test::samplePerson()).id;
    ConsentService consent(*bea);
    REQUIRE_THROWS_WITH(consent.record(decision(id, "gossip", "given", QDate(2026, 1, 1))),
                        Catch::Contains("purpose"));
    REQUIRE_THROWS_WITH(consent.record(decision(id, "media", "maybe", QDate(2026, 1, 1))),
                        Catch::Contains("status"));
    REQUIRE_THROWS_WITH(
        consent.record(decision(id, "media", "given", QDate(2026, 2, 1), QDate(2026, 1, 1))),
        Catch::Contains("expiry date"));
    Consent noMethod = decision(id, "media", "given", QDate(2026, 1, 1));
    noMethod.method.clear();
    REQUIRE_THROWS_WITH(consent.record(noMethod),
                        Catch::Contains("How consent was obtained is required"));
    REQUIRE_THROWS_AS(consent.record(decision(9999, "media", "given", QDate(2026, 1, 1))), Error);
    CHECK(consent.history(id).empty());
}
