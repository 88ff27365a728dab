#include "CsvTestSupport.h"
#include "cases/CaseService.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::csv;
using amparo::test::CsvFixture;
using amparo::test::importBytes;
using amparo::test::importFixture;
using amparo::test::problemAt;

namespace {

QStringList victimsOf(CaseService& cases, qint64 caseId)
{
    QStringList names;
    for (const CasePerson& person : cases.people(caseId)) {
        if (person.role == QLatin1String("victim"))
            names << person.fullName;
    }
    names.sort();
    return names;
}

} // namespace

TEST_CASE("cases from a spreadsheet are imported with their references and victims")
{
    CsvFixture f;
    auto bea = f.caseworker();
    REQUIRE(importFixture(*bea, CsvKind::People, "people-spreadsheet.csv").committed);
    const ImportReport report = importFixture(*bea, CsvKind::Cases, "cases-spreadsheet.csv");
    CHECK(report.problems.empty());
    CHECK(report.created == 3);

    CaseService cases(*bea);
    const Case detention = cases.getByReference(QStringLiteral("AMP-2025-0007"));
    CHECK(detention.externalId == QStringLiteral("C-001"));
    CHECK(detention.openedOn == QDate(2025, 5, 2));
    CHECK(detention.narrative ==
          QStringLiteral("Detained without a warrant.\nHeld incommunicado for 72 hours."));
    CHECK(detention.priority == QStringLiteral("high"));
    CHECK(victimsOf(cases, detention.id) == QStringList{QStringLiteral("José Martínez Ñúñez")});

    const Case threats = *cases.findByExternalId(QStringLiteral("C-002"));
    CHECK(threats.reference == QStringLiteral("AMP-2026-0001")); // given by the vault
    CHECK(victimsOf(cases, threats.id).size() == 2);
    CHECK(cases.findByExternalId(QStringLiteral("C-003"))->title ==
          QStringLiteral("Harassment of a lawyer, closed"));
}

TEST_CASE("an imported status is recorded as one transition with the reason Imported")
{
    CsvFixture f;
    auto bea = f.caseworker();
    REQUIRE(importFixture(*bea, CsvKind::People, "people-spreadsheet.csv").committed);
    REQUIRE(importFixture(*bea, CsvKind::Cases, "cases-spreadsheet.csv").committed);
    CaseService cases(*bea);
    const Case active = cases.getByReference(QStringLiteral("AMP-2025-0007"));
    CHECK(active.status == QStringLiteral("active"));
    const std::vector<CaseTransition> history = cases.transitions(active.id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].fromStatus == QStringLiteral("intake"));
    CHECK(history[1].toStatus == QStringLiteral("active"));
    CHECK(history[1].reason == QStringLiteral("Imported"));
    const auto audit = bea->audit().entriesFor(QStringLiteral("case"), QString::number(active.id));
    CHECK(std::any_of(audit.begin(), audit.end(), [](const audit::AuditEntry& entry) {
        return entry.action == QStringLiteral("case.import_status");
    }));
    const Case closed = cases.getByReference(QStringLiteral("AMP-2024-0100"));
    CHECK(closed.status == QStringLiteral("closed"));
    CHECK(closed.closedOn.has_value());
    // Only a case with nothing but its opening can be given an imported status.
    REQUIRE_THROWS_WITH(cases.setImportedStatus(active.id, QStringLiteral("monitoring")),
                        Catch::Contains("already has a history"));
}

TEST_CASE("importing the same cases file twice duplicates nothing")
{
    CsvFixture f;
    auto bea = f.caseworker();
    REQUIRE(importFixture(*bea, CsvKind::People, "people-spreadsheet.csv").committed);
    REQUIRE(importFixture(*bea, CsvKind::Cases, "cases-spreadsheet.csv").committed);
    const ImportReport again = importFixture(*bea, CsvKind::Cases, "cases-spreadsheet.csv");
    CHECK(again.committed);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CaseService cases(*bea);
    CHECK(cases.count({}) == 3);
    CHECK(cases.transitions(cases.findByExternalId(QStringLiteral("C-001"))->id).size() == 2);
}

TEST_CASE("a changed case row updates the case and moves it through the workflow")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const QByteArray header = "external_id,title,programme,country,status,reference\n";
    REQUIRE(importBytes(*bea, CsvKind::Cases, header + "C-9,Old title,defenders,PH,intake,\n")
                .committed);
    const ImportReport moved = importBytes(
        *bea, CsvKind::Cases, header + "C-9,New title,defenders,PH,assessment,ZZZ-2020-1\n");
    CHECK(moved.committed);
    CHECK(moved.updated == 1);
    REQUIRE(moved.notes.size() == 1); // the reference of an existing case does not change
    CHECK(moved.notes[0].column == QStringLiteral("reference"));
    CaseService cases(*bea);
    const Case c = *cases.findByExternalId(QStringLiteral("C-9"));
    CHECK(c.title == QStringLiteral("New title"));
    CHECK(c.status == QStringLiteral("assessment"));
    CHECK(c.reference == QStringLiteral("AMP-2026-0001"));

    const ImportReport skip =
        importBytes(*bea, CsvKind::Cases, header + "C-9,New title,defenders,PH,closed,\n");
    CHECK_FALSE(skip.committed);
    CHECK(problemAt(skip, 2, QStringLiteral("status")).contains(QStringLiteral("cannot go from")));
    CHECK(cases.get(c.id).title == QStringLiteral("New title"));
}

TEST_CASE("bad case values are reported by row and column and nothing is written")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport report = importFixture(*bea, CsvKind::Cases, "cases-bad-values.csv");
    CHECK_FALSE(report.committed);
    CHECK(report.unknownColumns == QStringList{QStringLiteral("Internal Code")});
    CHECK(problemAt(report, 2, QStringLiteral("status")).contains(QStringLiteral("\"pending\"")));
    CHECK(problemAt(report, 3, QStringLiteral("priority")).contains(QStringLiteral("\"urgent\"")));
    CHECK(problemAt(report, 3, QStringLiteral("victims")).contains(QStringLiteral("EXT-404")));
    CHECK(problemAt(report, 4, QStringLiteral("title")).contains(QStringLiteral("required")));
    CHECK(problemAt(report, 4, QStringLiteral("opened_on")).contains(QStringLiteral("31/02/2025")));
    CHECK_FALSE(amparo::test::hasProblemInRow(report, 5));
    CHECK(report.problems.size() == 5);
    CHECK(CaseService(*bea).count({}) == 0);
}

TEST_CASE("a case created after an import with references gets a reference not yet used")
{
    CsvFixture f;
    auto bea = f.caseworker();
    REQUIRE(importBytes(*bea, CsvKind::Cases,
                        "external_id,reference,title,programme,country\n"
                        "C-1,AMP-2026-0001,First,defenders,PH\nC-2,AMP-2026-0002,Second,women,MX\n")
                .committed);
    Case next;
    next.title = QStringLiteral("Opened in the application");
    next.programme = QStringLiteral("children");
    next.country = QStringLiteral("TN");
    CHECK(CaseService(*bea).create(next).reference == QStringLiteral("AMP-2026-0003"));
}

TEST_CASE("a reference already used by another case is a problem of that row")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const QByteArray header = "external_id,reference,title,programme,country\n";
    REQUIRE(importBytes(*bea, CsvKind::Cases, header + "C-1,AMP-2025-0001,First,defenders,PH\n")
                .committed);
    const ImportReport report =
        importBytes(*bea, CsvKind::Cases, header + "C-2,AMP-2025-0001,Second,women,MX\n");
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].row == 2);
    CHECK(report.problems[0].message.contains(QStringLiteral("already used")));
    CHECK(CaseService(*bea).count({}) == 1);
}

TEST_CASE("a victim named by pseudonym is accepted only for a case that already has them")
{
    CsvFixture f;
    auto bea = f.caseworker();
    Person person;
    person.fullName = QStringLiteral("Recorded In The Application");
    person.roles = {QStringLiteral("victim")};
    const QString pseudonym = PersonService(*bea).create(person).pseudonym;
    const QByteArray header = "external_id,title,programme,country,victims\n";
    const QByteArray row = "C-1,Title,defenders,PH," + pseudonym.toUtf8() + "\n";

    const ImportReport linkNew = importBytes(*bea, CsvKind::Cases, header + row);
    CHECK(problemAt(linkNew, 2, QStringLiteral("victims")).contains(pseudonym));
    CHECK(CaseService(*bea).count({}) == 0);

    REQUIRE(importBytes(*bea, CsvKind::Cases, header + "C-1,Title,defenders,PH,\n").committed);
    CaseService cases(*bea);
    const qint64 caseId = cases.findByExternalId(QStringLiteral("C-1"))->id;
    cases.addPerson(caseId, PersonService(*bea).findByPseudonym(pseudonym)->id,
                    QStringLiteral("victim"));
    const ImportReport again = importBytes(*bea, CsvKind::Cases, header + row);
    CHECK(again.problems.empty());
    CHECK(again.unchanged == 1);
}
