#include "demo/DemoGenerator.h"

#include "DemoSupport.h"
#include "cases/CaseService.h"
#include "util/Error.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace amparo;
using amparo::test::column;
using amparo::test::DemoVault;

namespace {

bool anyInScript(const QStringList& names, QChar::Script script)
{
    for (const QString& name : names) {
        for (const QChar c : name) {
            if (c.script() == script)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the same seed gives the same vault and another seed a different one")
{
    DemoVault first(30, 7);
    DemoVault again(30, 7);
    DemoVault other(30, 8);
    const QByteArray digest = test::contentDigest(*first.as(QStringLiteral("ana")));
    CHECK(digest == test::contentDigest(*again.as(QStringLiteral("ana"))));
    CHECK(digest != test::contentDigest(*other.as(QStringLiteral("ana"))));
    CHECK(first.summary.people == again.summary.people);
    CHECK(first.summary.transitions == again.summary.transitions);
}

TEST_CASE("every workflow state and every way of reopening a case appears")
{
    DemoVault demo(30);
    auto admin = demo.as(QStringLiteral("ana"));
    const QStringList statuses = column(*admin, "SELECT DISTINCT status FROM cases");
    for (const char* status :
         {"intake", "assessment", "active", "monitoring", "closed", "referred", "rejected"})
        CHECK(statuses.contains(QString::fromLatin1(status)));
    const QStringList reopenings = column(
        *admin, "SELECT DISTINCT from_status || '>' || to_status FROM case_transitions WHERE "
                "from_status IN ('closed', 'referred', 'rejected')");
    CHECK(reopenings.contains(QStringLiteral("closed>active")));
    CHECK(reopenings.contains(QStringLiteral("referred>active")));
    CHECK(reopenings.contains(QStringLiteral("rejected>assessment")));
    CHECK(column(*admin, "SELECT 1 FROM case_transitions WHERE reason = ''").isEmpty());
    CHECK(demo.summary.cases == 30);
}

TEST_CASE("cases span many countries and people have names in many scripts")
{
    DemoVault demo(120, 3);
    auto admin = demo.as(QStringLiteral("ana"));
    CHECK(column(*admin, "SELECT DISTINCT country FROM cases").size() >= 30);
    CHECK(column(*admin, "SELECT DISTINCT programme FROM cases").size() == 6);
    const QStringList names = column(*admin, "SELECT full_name FROM people");
    CHECK(anyInScript(names, QChar::Script_Cyrillic));
    CHECK(anyInScript(names, QChar::Script_Arabic));
    CHECK(anyInScript(names, QChar::Script_Latin));
    const QString all = names.join(QLatin1Char(' '));
    CHECK(all.contains(QRegularExpression(QStringLiteral("[áéíóúñçãõ]"))));
    CHECK(all.contains(QRegularExpression(QStringLiteral("[ğışİ]"))));
    CHECK(all.contains(QRegularExpression(QStringLiteral("[\\x{1EA0}-\\x{1EF9}đĐơưăƠƯĂ]"))));
    CHECK_FALSE(column(*admin, "SELECT 1 FROM people WHERE woman_defender = 1").isEmpty());
    CHECK(demo.summary.possibleDuplicates > 0);
}

TEST_CASE("every consent status and date precision and assistance status appears")
{
    DemoVault demo(120, 3);
    auto admin = demo.as(QStringLiteral("ana"));
    CHECK(column(*admin, "SELECT DISTINCT status FROM consents").size() == 3);
    CHECK(column(*admin, "SELECT DISTINCT purpose FROM consents").size() == 5);
    CHECK_FALSE(column(*admin, "SELECT 1 FROM consents WHERE expires_on < '2026-03-14'").isEmpty());
    CHECK(column(*admin, "SELECT DISTINCT date_precision FROM violations").size() == 4);
    CHECK(column(*admin, "SELECT DISTINCT status FROM assistance").size() == 5);
    CHECK(column(*admin, "SELECT DISTINCT type FROM assistance").size() == 6);
    CHECK(column(*admin, "SELECT DISTINCT perpetrator_type FROM case_people WHERE role = "
                         "'perpetrator'")
              .size() >= 5);
    CHECK(demo.summary.medicalRecords > 0);
    CHECK_FALSE(column(*admin, "SELECT 1 FROM medical_findings").isEmpty());
    CHECK_FALSE(
        column(*admin, "SELECT 1 FROM interventions WHERE response_on IS NOT NULL").isEmpty());
    const QStringList types = column(*admin, "SELECT DISTINCT media_type FROM attachments");
    CHECK(types.contains(QStringLiteral("application/pdf")));
    CHECK(types.contains(QStringLiteral("text/plain")));
    CHECK_FALSE(column(*admin, "SELECT 1 FROM tasks WHERE done_on IS NOT NULL").isEmpty());
    CHECK(demo.summary.overdueTasks > 0);
    CHECK(column(*admin, "SELECT 1 FROM tasks WHERE done_on IS NULL AND due_on < '2026-03-14'")
              .size() == demo.summary.overdueTasks);
}

TEST_CASE("a restricted case is invisible to a caseworker who is not assigned to it")
{
    DemoVault demo(30);
    CHECK(demo.summary.restrictedCases > 0);
    auto admin = demo.as(QStringLiteral("ana"));
    const QStringList unshared = column(
        *admin, "SELECT c.reference || ' ' || u.login FROM cases c JOIN users u ON u.login IN "
                "('caseworker', 'caseworker2') WHERE c.restricted = 1 AND u.id NOT IN (SELECT "
                "user_id FROM case_assignments WHERE case_id = c.id)");
    REQUIRE_FALSE(unshared.isEmpty());
    const QString reference = unshared.front().section(QLatin1Char(' '), 0, 0);
    const QString outsider = unshared.front().section(QLatin1Char(' '), 1, 1);
    auto session = demo.as(outsider);
    CaseService cases(*session);
    CHECK_THROWS_AS(cases.getByReference(reference), Error);
    CaseFilter everything;
    for (const CaseRow& row : cases.list(everything, CaseSort::Reference, 0, 1000))
        CHECK(row.reference != reference);
    CHECK(cases.count(everything) < CaseService(*admin).count(everything));
}

TEST_CASE("the audit trail verifies after generation and every demo user can log in")
{
    DemoVault demo(20);
    CHECK(demo.as(QStringLiteral("ana"))->audit().verify().intact);
    for (const demo::DemoUser& user : demo::demoUsers())
        CHECK(demo.as(user.login)->user().roles == user.roles);
}

TEST_CASE("stopping through the progress callback keeps whole committed batches only")
{
    std::vector<int> reports;
    DemoVault demo(
        40, 1,
        [&](int done, int) {
            reports.push_back(done);
            return false;
        },
        10);
    REQUIRE(reports.size() == 1);
    CHECK(demo.summary.cancelled);
    CHECK(reports.front() >= 10);
    CHECK(reports.front() < 40);
    auto admin = demo.as(QStringLiteral("ana"));
    CHECK(CaseService(*admin).count({}) == reports.front());
    CHECK(column(*admin, "SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_people)")
              .isEmpty());
    CHECK(column(*admin, "SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM violations)")
              .isEmpty());
    CHECK(admin->audit().verify().intact);
}

TEST_CASE("demo data goes only into an empty vault")
{
    DemoVault demo(3);
    auto admin = demo.as(QStringLiteral("ana"));
    demo::DemoRequest again;
    again.cases = 3;
    again.passphrase = test::secret(test::kDemoPassphrase);
    again.kdf = test::fastKdf();
    try {
        demo::DemoGenerator(*admin, demo.vault.clock).generate(again);
        FAIL("a second generation was accepted");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Refused);
        CHECK(error.message().contains(QStringLiteral("empty")));
    }
}
