#include "CsvTestSupport.h"
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

// `count` rows of valid people; `badRow` (a spreadsheet row number) gets a
// date of birth in the future.
QByteArray peopleRows(int count, int badRow = 0)
{
    QByteArray bytes = "external_id,full_name,birth_date,roles\n";
    for (int i = 0; i < count; ++i) {
        const int row = i + 2;
        bytes += "GEN-" + QByteArray::number(row) + ",Person " + QByteArray::number(row) + "," +
                 (row == badRow ? "01/01/2099" : "1970-01-01") + ",victim\n";
    }
    return bytes;
}

} // namespace

TEST_CASE("people from a spreadsheet are imported with names in every script")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport report = importFixture(*bea, CsvKind::People, "people-spreadsheet.csv");
    CHECK(report.problems.empty());
    CHECK(report.committed);
    CHECK(report.rowsRead == 4);
    CHECK(report.created == 4);

    const PersonService people(*bea);
    const Person jose = *people.findByExternalId(QStringLiteral("EXT-001"));
    CHECK(jose.fullName == QStringLiteral("José Martínez Ñúñez"));
    CHECK(jose.birthDate == QDate(1985, 3, 14)); // from 14/03/1985
    CHECK(jose.notes.contains(QStringLiteral("\nReleased after 3 days; \"no charges\"")));
    CHECK(jose.roles == QStringList{QStringLiteral("victim")});
    CHECK(people.findByExternalId(QStringLiteral("EXT-002"))->fullName ==
          QStringLiteral("Юлия Ивановна Петрова"));
    const Person zainab = *people.findByExternalId(QStringLiteral("EXT-003"));
    CHECK(zainab.fullName == QStringLiteral("زينب الخواجة"));
    CHECK(zainab.roles == QStringList{QStringLiteral("defender"), QStringLiteral("family")});
    CHECK(zainab.country == QStringLiteral("DK"));
    CHECK(people.findByExternalId(QStringLiteral("EXT-004"))->roles ==
          QStringList{QStringLiteral("victim"), QStringLiteral("witness")});
}

TEST_CASE("importing the same people file twice creates nobody the second time")
{
    CsvFixture f;
    auto bea = f.caseworker();
    REQUIRE(importFixture(*bea, CsvKind::People, "people-spreadsheet.csv").committed);
    const ImportReport again = importFixture(*bea, CsvKind::People, "people-spreadsheet.csv");
    CHECK(again.committed);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 4);
    CHECK(PersonService(*bea).count() == 4);
}

TEST_CASE("a changed row updates the person it matches by external id")
{
    CsvFixture f;
    auto bea = f.caseworker();
    REQUIRE(importBytes(*bea, CsvKind::People,
                        "external_id,full_name,roles,phone\nX-1,Ana Quispe,victim,+51 1 234 5678\n")
                .committed);
    const qint64 id = PersonService(*bea).findByExternalId(QStringLiteral("X-1"))->id;
    // The file has no phone column now: the phone is kept, the name is updated.
    const ImportReport report = importBytes(
        *bea, CsvKind::People, "external_id,full_name,roles\nX-1,Ana Quispe Mamani,victim\n");
    CHECK(report.updated == 1);
    const Person ana = PersonService(*bea).get(id);
    CHECK(ana.fullName == QStringLiteral("Ana Quispe Mamani"));
    CHECK(ana.phone == QStringLiteral("+51 1 234 5678"));
    CHECK(PersonService(*bea).count() == 1);
}

TEST_CASE("a dry run checks every row and writes nothing")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const qint64 auditBefore = bea->audit().count();
    const ImportReport report =
        importFixture(*bea, CsvKind::People, "people-spreadsheet.csv", ImportMode::DryRun);
    CHECK(report.dryRun);
    CHECK_FALSE(report.committed);
    CHECK(report.problems.empty());
    CHECK(report.created == 4); // what a commit would do
    CHECK(PersonService(*bea).count() == 0);
    CHECK(bea->audit().count() == auditBefore);
    CHECK(bea->audit().verify().intact);
    // and the commit after it does what the dry run said
    const ImportReport commit = importFixture(*bea, CsvKind::People, "people-spreadsheet.csv");
    CHECK(commit.created == report.created);
    CHECK(PersonService(*bea).count() == 4);
}

TEST_CASE("a bad row 57 of 60 leaves no row written")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const qint64 auditBefore = bea->audit().count();
    const ImportReport report = importBytes(*bea, CsvKind::People, peopleRows(59, 57));
    CHECK(report.rowsRead == 59); // 60 rows with the header
    CHECK_FALSE(report.committed);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].row == 57);
    CHECK(report.problems[0].column == QStringLiteral("birth_date"));
    CHECK(report.problems[0].message.contains(QStringLiteral("in the future")));
    CHECK(PersonService(*bea).count() == 0);
    CHECK(bea->audit().count() == auditBefore);

    const ImportReport good = importBytes(*bea, CsvKind::People, peopleRows(59));
    CHECK(good.committed);
    CHECK(PersonService(*bea).count() == 59);
}

TEST_CASE("bad values are reported by row and column and the dry run agrees with the commit")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport dry =
        importFixture(*bea, CsvKind::People, "people-bad-values.csv", ImportMode::DryRun);
    CHECK(dry.unknownColumns ==
          QStringList{QStringLiteral("Passport No"), QStringLiteral("favourite_colour")});
    CHECK_FALSE(amparo::test::hasProblemInRow(dry, 2)); // HTML in a name is just text
    CHECK(problemAt(dry, 3, QStringLiteral("birth_date"))
              .contains(QStringLiteral("2099-01-01 is in the future")));
    CHECK(problemAt(dry, 4, QStringLiteral("birth_date")).contains(QStringLiteral("before 1900")));
    CHECK(problemAt(dry, 5, QStringLiteral("nationality"))
              .contains(QStringLiteral("\"XZ\" is not a known country code")));
    CHECK(problemAt(dry, 6, QStringLiteral("sex")).contains(QStringLiteral("\"yes\"")));
    CHECK(
        problemAt(dry, 6, QStringLiteral("birth_date")).contains(QStringLiteral("is not a date")));
    CHECK(problemAt(dry, 6, QStringLiteral("roles")).contains(QStringLiteral("\"hero\"")));
    CHECK(dry.problems.size() == 6);

    const ImportReport commit = importFixture(*bea, CsvKind::People, "people-bad-values.csv");
    CHECK_FALSE(commit.committed);
    REQUIRE(commit.problems.size() == dry.problems.size());
    for (std::size_t i = 0; i < dry.problems.size(); ++i) {
        CHECK(commit.problems[i].row == dry.problems[i].row);
        CHECK(commit.problems[i].column == dry.problems[i].column);
        CHECK(commit.problems[i].message == dry.problems[i].message);
    }
    CHECK(commit.unknownColumns == dry.unknownColumns);
    CHECK(PersonService(*bea).count() == 0);
}

TEST_CASE("HTML in a name is stored literally")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport report = importBytes(*bea, CsvKind::People,
                                            "external_id,full_name,roles\nH-1,\"<script>alert('x')<"
                                            "/script> Ana & \"\"Bea\"\"\",victim\n");
    REQUIRE(report.committed);
    CHECK(PersonService(*bea).findByExternalId(QStringLiteral("H-1"))->fullName ==
          QStringLiteral("<script>alert('x')</script> Ana & \"Bea\""));
}

TEST_CASE("missing required columns are reported and headers match in any case and order")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport missing =
        importBytes(*bea, CsvKind::People, "External_ID;Nationality\nX-1;MX\n");
    CHECK(problemAt(missing, 1, QStringLiteral("full_name"))
              .contains(QStringLiteral("no full_name column")));
    CHECK(
        problemAt(missing, 1, QStringLiteral("roles")).contains(QStringLiteral("no roles column")));
    CHECK(missing.problems.size() == 2);

    const ImportReport twice = importBytes(
        *bea, CsvKind::People, "external_id,full_name,roles,Full_Name\nX-1,A,victim,B\n");
    CHECK(problemAt(twice, 1, QStringLiteral("full_name"))
              .contains(QStringLiteral("columns B and D")));

    const ImportReport shuffled = importBytes(
        *bea, CsvKind::People, "  ROLES ,Full Name,EXTERNAL_ID\nvictim,Ana Quispe,X-1\n");
    CHECK(shuffled.committed);
    CHECK(PersonService(*bea).findByExternalId(QStringLiteral("X-1"))->fullName ==
          QStringLiteral("Ana Quispe"));
}

TEST_CASE("every row needs an external id and only once per file")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport report =
        importBytes(*bea, CsvKind::People,
                    "external_id,full_name,roles\nX-1,Ana,victim\n,Bea,victim\nX-1,Carla,hero\n");
    CHECK(problemAt(report, 3, QStringLiteral("external_id")).contains(QStringLiteral("required")));
    CHECK(problemAt(report, 4, QStringLiteral("external_id"))
              .contains(QStringLiteral("also in row 2")));
    // The other cells of those rows are still checked.
    CHECK(problemAt(report, 4, QStringLiteral("roles")).contains(QStringLiteral("\"hero\"")));
    CHECK(PersonService(*bea).count() == 0);
}

TEST_CASE("a pseudonym in the file is never used and a different one is noted")
{
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport report = importBytes(*bea, CsvKind::People,
                                            "external_id,full_name,pseudonym,roles\nX-1,Ana,P-1999-"
                                            "00077,victim\nX-2,Bea,P-2026-00002,victim\n");
    REQUIRE(report.committed);
    CHECK(PersonService(*bea).findByExternalId(QStringLiteral("X-1"))->pseudonym ==
          QStringLiteral("P-2026-00001"));
    REQUIRE(report.notes.size() == 1); // X-2 got the pseudonym the file has
    CHECK(report.notes[0].row == 2);
    CHECK(report.notes[0].column == QStringLiteral("pseudonym"));
    CHECK(report.notes[0].message.contains(QStringLiteral("P-1999-00077")));
    CHECK_FALSE(PersonService(*bea).findByPseudonym(QStringLiteral("P-1999-00077")));
}

TEST_CASE("a user who may not edit cases cannot import even as a dry run")
{
    CsvFixture f;
    auto admin = f.vault.openAdmin();
    REQUIRE_THROWS_WITH(
        importFixture(*admin, CsvKind::People, "people-spreadsheet.csv", ImportMode::DryRun),
        Catch::Contains("edit cases"));
}
