#include "audit/AuditQuery.h"

#include "DomainFixture.h"
#include "audit/AuditLabels.h"
#include "cases/CaseService.h"
#include "settings/Settings.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;

TEST_CASE("audit filters narrow the trail by user, record, act, time and text")
{
    test::DomainFixture f;
    const Case opened = CaseService(*f.as(QStringLiteral("bea"))).create(test::sampleCase());
    f.vault.clock.advance(std::chrono::hours(48));
    settings::set(*f.as(QStringLiteral("ana")), settings::kCaseReferencePrefix,
                  QStringLiteral("HRD"));
    auto eli = f.as(QStringLiteral("eli"));

    const qint64 all = audit::countEntries(*eli, {});
    CHECK(all > 10);
    CHECK(audit::findEntries(*eli, {}, 3).size() == 3);

    audit::AuditFilter byBea;
    byBea.actor = QStringLiteral("bea");
    const auto beas = audit::findEntries(*eli, byBea, 100);
    REQUIRE_FALSE(beas.empty());
    for (const auto& entry : beas)
        CHECK(entry.actor == QStringLiteral("bea"));

    audit::AuditFilter cases;
    cases.entityType = QStringLiteral("case");
    cases.action = QStringLiteral("case.create");
    const auto created = audit::findEntries(*eli, cases, 100);
    REQUIRE(created.size() == 1);
    CHECK(audit::recordLabel(*eli, created[0].entityType, created[0].entityId) == opened.reference);
    CHECK(audit::actionLabel(created[0].action) == QStringLiteral("Case opened"));

    audit::AuditFilter later;
    later.from = f.vault.clock.nowUtc().addSecs(-3600);
    const auto recent = audit::findEntries(*eli, later, 100);
    REQUIRE_FALSE(recent.empty());
    for (const auto& entry : recent)
        CHECK(entry.at >= *later.from);
    audit::AuditFilter earlier;
    earlier.until = later.from;
    CHECK(audit::countEntries(*eli, earlier) + static_cast<qint64>(recent.size()) ==
          audit::countEntries(*eli, {}));

    audit::AuditFilter text;
    text.text = QStringLiteral("HRD");
    const auto prefix = audit::findEntries(*eli, text, 100);
    REQUIRE(prefix.size() == 1);
    CHECK(prefix[0].action == QStringLiteral("settings.update"));
    CHECK(audit::describeChanges(prefix[0].changes)
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("→ HRD")));

    // Wildcards typed by the user are plain characters.
    text.text = QStringLiteral("%");
    CHECK(audit::findEntries(*eli, text, 100).empty());
    CHECK(audit::recordedActors(*eli).contains(QStringLiteral("bea")));
    CHECK(audit::recordedEntityTypes(*eli).contains(QStringLiteral("case")));
}

TEST_CASE("a caseworker cannot search the audit trail")
{
    test::DomainFixture f;
    auto bea = f.as(QStringLiteral("bea"));
    REQUIRE_THROWS_WITH(audit::findEntries(*bea, {}, 10), Catch::Contains("read the audit trail"));
    REQUIRE_THROWS_WITH(audit::recordedActors(*bea), Catch::Contains("read the audit trail"));
}

TEST_CASE("the approval threshold is typed as an amount and stored in hundredths, audited")
{
    test::DomainFixture f;
    auto ana = f.as(QStringLiteral("ana"));
    settings::setApprovalThreshold(*ana, QStringLiteral("1500,5"));
    CHECK(settings::integer(ana->database(), settings::kApprovalThresholdMinor) == 150050);
    CHECK(settings::approvalThresholdText(ana->database()) == QStringLiteral("1500.50"));
    for (const char* bad : {"", "12.345", "1,500.00", "-3", "ten"}) {
        INFO(bad);
        REQUIRE_THROWS_WITH(settings::setApprovalThreshold(*ana, QString::fromLatin1(bad)),
                            Catch::Contains("approval threshold"));
    }
    CHECK(settings::integer(ana->database(), settings::kApprovalThresholdMinor) == 150050);
    REQUIRE_THROWS_WITH(
        settings::setApprovalThreshold(*f.as(QStringLiteral("bea")), QStringLiteral("10")),
        Catch::Contains("change settings"));
    audit::AuditFilter filter;
    filter.action = QStringLiteral("settings.update");
    CHECK(audit::recordLabel(*ana, QStringLiteral("settings"),
                             audit::findEntries(*ana, filter, 1).at(0).entityId) ==
          QStringLiteral("Approval threshold"));
}

TEST_CASE("settings saved together are all kept, or none when one is refused")
{
    test::DomainFixture f;
    auto ana = f.as(QStringLiteral("ana"));
    settings::setAll(*ana, {{settings::kAutoLockMinutes, QStringLiteral("7")},
                            {settings::kCaseReferencePrefix, QStringLiteral("HRD")}});
    CHECK(settings::integer(ana->database(), settings::kAutoLockMinutes) == 7);
    REQUIRE_THROWS_WITH(
        settings::setAll(*ana, {{settings::kAutoLockMinutes, QStringLiteral("9")},
                                {settings::kCaseReferencePrefix, QStringLiteral("bad prefix")}}),
        Catch::Contains("case reference prefix"));
    CHECK(settings::integer(ana->database(), settings::kAutoLockMinutes) == 7);
    CHECK(settings::value(ana->database(), settings::kCaseReferencePrefix) ==
          QStringLiteral("HRD"));
}
