// Issue 10: hostile text through CSV export and import.

#include "FreeTextFields.h"
#include "HostileSupport.h"
#include "HostileValues.h"
#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/FormulaGuard.h"
#include "people/PersonService.h"

#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::test;

namespace {

// One column of an exported file, as the raw cells a spreadsheet would see.
QStringList exportedColumn(Session& session, csv::CsvKind kind, const QString& column)
{
    const TempFolder folder;
    const QString path = folder.path(QStringLiteral("export.csv"));
    csv::CsvExporter(session).exportToFile(kind, path);
    const csv::CsvTable table = csv::CsvReader::readFile(path);
    const qsizetype index = table.header.cells.indexOf(column);
    REQUIRE(index >= 0);
    QStringList cells;
    for (const csv::CsvRow& row : table.rows)
        cells << row.cells.value(index);
    return cells;
}

bool startsFormula(const QString& cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && formulaStarts.contains(cell.front());
}

} // namespace

TEST_CASE("exported CSV cells give hostile text back exactly and never start a formula")
{
    HostileWorld world;
    Session& bea = world.as("bea");
    std::vector<HostileValue> values = valuesStoredEverywhere();
    for (const HostileValue& value : values) {
        Person person = samplePerson(value.text);
        person.externalId = value.text;
        person.notes = value.text;
        PersonService(bea).create(person);
        Case c = sampleCase(value.text);
        c.externalId = value.text;
        c.narrative = value.text;
        CaseService(bea).create(c);
        GrantRequest grant;
        grant.caseId = world.caseId;
        grant.fundId = world.fundId;
        grant.currency = QStringLiteral("EUR");
        grant.purpose = value.text;
        grant.lines = {{QStringLiteral("Lawyer fees"), 10'00}};
        GrantService(bea).request(grant);
    }
    const std::pair<csv::CsvKind, const char*> columns[] = {
        {csv::CsvKind::People, "external_id"}, {csv::CsvKind::People, "full_name"},
        {csv::CsvKind::People, "notes"},       {csv::CsvKind::Cases, "external_id"},
        {csv::CsvKind::Cases, "title"},        {csv::CsvKind::Cases, "summary"},
        {csv::CsvKind::Grants, "purpose"}};
    for (const auto& [kind, column] : columns) {
        INFO(csv::csvKindName(kind) << " " << column);
        Session& exporter = kind == csv::CsvKind::Grants ? world.as("dara") : bea;
        const QStringList cells = exportedColumn(exporter, kind, QString::fromLatin1(column));
        QStringList restored;
        for (const QString& cell : cells) {
            CHECK_FALSE(startsFormula(cell));
            restored << csv::restoreFormula(cell);
        }
        for (const HostileValue& value : values) {
            INFO(value.name);
            CHECK(restored.contains(value.text));
        }
        // The formula itself is kept, behind the apostrophe spreadsheets show as text.
        CHECK(cells.contains(QStringLiteral("'=cmd|' /C calc'!A0")));
    }
}

TEST_CASE("the CSV importer stores a hostile name exactly or reports it on its row")
{
    HostileWorld world;
    Session& bea = world.as("bea");
    int serial = 0;
    for (const HostileValue& value : hostileValues()) {
        INFO(value.name);
        const QString externalId = QStringLiteral("IMP-%1").arg(++serial);
        const qint64 peopleBefore = rowCount(bea, "people");
        csv::CsvWriter writer(
            {QStringLiteral("external_id"), QStringLiteral("full_name"), QStringLiteral("roles")});
        writer.addRow({externalId, value.text, QStringLiteral("victim")});
        const TempFolder folder;
        const QString path = folder.path(QStringLiteral("people.csv"));
        writeAll(path, writer.bytes());

        csv::ImportReport report;
        const std::optional<Error> error = errorOf([&] {
            report =
                csv::CsvImporter(bea).runFile(csv::CsvKind::People, path, csv::ImportMode::Commit);
        });
        const std::optional<Person> imported = PersonService(bea).findByExternalId(externalId);
        if (value.singleLine == Outcome::Stored) {
            CHECK_FALSE(error);
            REQUIRE(imported);
            CHECK((imported->fullName == value.text));
            continue;
        }
        CHECK_FALSE(imported);
        CHECK(rowCount(bea, "people") == peopleBefore);
        if (error) {
            // The reader refuses a cell that cannot be a name before any row is read.
            CHECK(error->kind() == ErrorKind::Invalid);
            CHECK(error->message().contains(QStringLiteral("people.csv")));
            continue;
        }
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.front().row == 2);
        CHECK(report.problems.front().column == QStringLiteral("full_name"));
        CHECK(report.problems.front().message.contains(QString::fromLatin1(value.refusal)));
    }
}

TEST_CASE("the CSV importer refuses a file with bytes that are not UTF-8 and imports nothing")
{
    HostileWorld world;
    Session& bea = world.as("bea");
    const qint64 peopleBefore = rowCount(bea, "people");
    const TempFolder folder;
    const QString path = folder.path(QStringLiteral("latin1.csv"));
    writeAll(path, QByteArray("external_id,full_name,roles\r\n"
                              "LAT-1,Jos\xE9 Mart\xEDnez,victim\r\n"
                              "LAT-2,Ana Perez,victim\r\n"));
    const std::optional<Error> error = errorOf([&] {
        csv::CsvImporter(bea).runFile(csv::CsvKind::People, path, csv::ImportMode::Commit);
    });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::Invalid);
    CHECK(error->message().contains(QStringLiteral("latin1.csv is not UTF-8 text")));
    CHECK(rowCount(bea, "people") == peopleBefore);
}
