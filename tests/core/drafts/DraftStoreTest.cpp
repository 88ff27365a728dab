#include "drafts/DraftStore.h"

#include "DomainFixture.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::DomainFixture;

TEST_CASE("a draft kept at lock comes back to its author after the next unlock")
{
    DomainFixture fixture;
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        DraftStore(*bea).save(QStringLiteral("case"), QStringLiteral("AMP-2026-0001"),
                              R"({"title":"Detención arbitraria"})");
        bea->lock();
    }
    auto bea = fixture.as(QStringLiteral("bea"));
    const std::vector<Draft> drafts = DraftStore(*bea).mine();
    REQUIRE(drafts.size() == 1);
    CHECK(drafts[0].kind == QStringLiteral("case"));
    CHECK(drafts[0].subject == QStringLiteral("AMP-2026-0001"));
    CHECK(QString::fromUtf8(drafts[0].content).contains(QStringLiteral("Detención")));
    CHECK(drafts[0].savedAt.isValid());
}

TEST_CASE("a newer draft of the same record replaces the older one")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    DraftStore store(*bea);
    const qint64 first = store.save(QStringLiteral("case"), QString(), R"({"title":"one"})");
    const qint64 second = store.save(QStringLiteral("case"), QString(), R"({"title":"two"})");
    CHECK(first == second);
    REQUIRE(store.mine().size() == 1);
    CHECK(store.mine()[0].content == R"({"title":"two"})");
    store.save(QStringLiteral("case"), QStringLiteral("AMP-2026-0002"), "{}");
    CHECK(store.mine().size() == 2);
}

TEST_CASE("a draft is its author's alone: others neither see nor discard it")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    const qint64 id = DraftStore(*bea).save(QStringLiteral("case"), QString(), "{}");
    auto ana = fixture.as(QStringLiteral("ana"));
    CHECK(DraftStore(*ana).mine().empty());
    CHECK_THROWS_AS(DraftStore(*ana).discard(id), Error);
    REQUIRE(DraftStore(*bea).mine().size() == 1);
    DraftStore(*bea).discard(id);
    CHECK(DraftStore(*bea).mine().empty());
}

TEST_CASE("a draft without a kind or too large is refused with a message and not kept")
{
    DomainFixture fixture;
    auto bea = fixture.as(QStringLiteral("bea"));
    DraftStore store(*bea);
    CHECK_THROWS_WITH(store.save(QStringLiteral(" "), QString(), "{}"),
                      Catch::Contains("what was edited"));
    const QByteArray huge(DraftStore::kMaxContentBytes + 1, 'x');
    CHECK_THROWS_WITH(store.save(QStringLiteral("case"), QString(), huge),
                      Catch::Contains("too large"));
    CHECK(store.mine().empty());
}
