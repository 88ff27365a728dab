#include "DomainFixture.h"
#include "audit/AuditLog.h"
#include "cases/CaseService.h"
#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "demo/DemoFiles.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/Corrections.h"
#include "util/Error.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace amparo;
using namespace amparo::csv;

namespace {

// bea asks UAF (EUR) for 1,000.00 for her case; dara approves 800.00;
// fatima pays 8,000.00 MXN at EUR 1 = MXN 20 (400.00 EUR) with a receipt,
// then 100.00 EUR typed by mistake and reversed.
struct MoneyCsvWorld
{
    MoneyCsvWorld()
    {
        auto bea = fixture.as(QStringLiteral("bea"));
        const Case created = CaseService(*bea).create(test::sampleCase());
        caseReference = created.reference;
        Fund fund;
        fund.code = QStringLiteral("UAF");
        fund.name = QStringLiteral("Urgent Assistance Fund");
        fund.currency = QStringLiteral("EUR");
        fund.approvalThresholdMinor = 5'000'00;
        const qint64 fundId = FundService(*fixture.as(QStringLiteral("ana"))).create(fund).id;
        auto fatima = fixture.as(QStringLiteral("fatima"));
        Contribution contribution;
        contribution.fundId = fundId;
        contribution.amountMinor = 20'000'00;
        contribution.currency = QStringLiteral("EUR");
        FundService(*fatima).recordContribution(contribution);

        GrantRequest request;
        request.caseId = created.id;
        request.fundId = fundId;
        request.currency = QStringLiteral("EUR");
        request.purpose = QStringLiteral("=Lawyer fees, appeal");
        request.lines = {{QStringLiteral("Lawyer fees"), 1'000'00}};
        const Grant grant = GrantService(*bea).request(request);
        reference = grant.reference;
        GrantService(*fixture.as(QStringLiteral("dara")))
            .approve(grant.id, 800'00, QStringLiteral("Fees only"));

        DisbursementService finance(*fatima);
        PaymentInput pesos;
        pesos.grantId = grant.id;
        pesos.amountMinor = 8'000'00;
        pesos.currency = QStringLiteral("MXN");
        pesos.rate = parseRate(QStringLiteral("rate"), QStringLiteral("20"));
        pesos.note = QStringLiteral("Transfer to the lawyer");
        const Disbursement paid = finance.pay(pesos);
        finance.addReceipt(paid.id, QStringLiteral("receipt.png"), QStringLiteral("image/png"),
                           demo::tinyPng());
        PaymentInput mistake;
        mistake.grantId = grant.id;
        mistake.amountMinor = 100'00;
        mistake.currency = QStringLiteral("EUR");
        const Disbursement typo = finance.pay(mistake);
        Corrections(*fatima).reverse(typo.transactionId, QStringLiteral("Typed twice"));
    }

    // The rows of the exported file, the header first, or a failure.
    std::vector<QStringList> exported(const QString& login, CsvKind kind)
    {
        const QString path = folder.path(csvKindName(kind) + QStringLiteral(".csv"));
        CsvExporter(*fixture.as(login)).exportToFile(kind, path);
        const CsvTable table = CsvReader::readFile(path);
        std::vector<QStringList> rows{table.header.cells};
        for (const CsvRow& row : table.rows)
            rows.push_back(row.cells);
        return rows;
    }

    test::DomainFixture fixture;
    test::TempFolder folder;
    QString caseReference;
    QString reference;
};

} // namespace

TEST_CASE("finance exports grants with their amounts in the fund's currency")
{
    MoneyCsvWorld world;
    const auto rows = world.exported(QStringLiteral("fatima"), CsvKind::Grants);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].join(QLatin1Char(',')) ==
          QStringLiteral("reference,case,fund,status,currency,requested,approved,paid,refunded,"
                         "committed,requested_by,purpose,created_at"));
    CHECK(rows[1] == QStringList{world.reference, world.caseReference, QStringLiteral("UAF"),
                                 QStringLiteral("disbursing"), QStringLiteral("EUR"),
                                 QStringLiteral("1000.00"), QStringLiteral("800.00"),
                                 QStringLiteral("400.00"), QStringLiteral("0.00"),
                                 QStringLiteral("400.00"), QStringLiteral("bea"),
                                 // The formula guard's quote, which an import would remove.
                                 QStringLiteral("'=Lawyer fees, appeal"),
                                 QStringLiteral("2026-03-14T09:30:00Z")});
}

TEST_CASE("finance exports disbursements with rates receipts and reversals")
{
    MoneyCsvWorld world;
    const auto rows = world.exported(QStringLiteral("fatima"), CsvKind::Disbursements);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].join(QLatin1Char(',')) ==
          QStringLiteral("id,grant,kind,paid_on,amount,currency,rate,fund_amount,fund_currency,"
                         "receipts_due,receipts,reversed,note"));
    CHECK(rows[1].mid(1) ==
          QStringList{world.reference, QStringLiteral("payment"), QStringLiteral("2026-03-14"),
                      QStringLiteral("8000.00"), QStringLiteral("MXN"), QStringLiteral("20"),
                      QStringLiteral("400.00"), QStringLiteral("EUR"), QStringLiteral("2026-05-13"),
                      QStringLiteral("1"), QStringLiteral("false"),
                      QStringLiteral("Transfer to the lawyer")});
    CHECK(rows[2][4] == QStringLiteral("100.00"));
    CHECK(rows[2][6].isEmpty()); // paid in the fund's currency: no rate
    CHECK(rows[2][10] == QStringLiteral("0"));
    CHECK(rows[2][11] == QStringLiteral("true"));
}

TEST_CASE("auditors and fund managers may export grants")
{
    MoneyCsvWorld world;
    CHECK(world.exported(QStringLiteral("eli"), CsvKind::Grants).size() == 2);
    CHECK(world.exported(QStringLiteral("dara"), CsvKind::Disbursements).size() == 3);
}

TEST_CASE("a caseworker may not export grants or disbursements and gets no file")
{
    MoneyCsvWorld world;
    auto bea = world.fixture.as(QStringLiteral("bea"));
    const qint64 before = bea->audit().count();
    for (const CsvKind kind : {CsvKind::Grants, CsvKind::Disbursements}) {
        const QString path = world.folder.path(csvKindName(kind) + QStringLiteral(".csv"));
        REQUIRE_THROWS_WITH(CsvExporter(*bea).exportToFile(kind, path),
                            Catch::Contains("read the ledger"));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    CHECK(bea->audit().count() == before);
}

TEST_CASE("exports of grants and disbursements are audited with their row count")
{
    MoneyCsvWorld world;
    auto fatima = world.fixture.as(QStringLiteral("fatima"));
    amparo::test::TempFolder folder;
    CsvExporter(*fatima).exportToFile(CsvKind::Disbursements, folder.path(QStringLiteral("d.csv")));
    const audit::AuditEntry entry = fatima->audit().latest(1).at(0);
    CHECK(entry.action == QStringLiteral("export.csv"));
    CHECK(entry.entityType == QStringLiteral("disbursement"));
    CHECK(entry.actor == QStringLiteral("fatima"));
    const auto rows =
        std::find_if(entry.changes.begin(), entry.changes.end(),
                     [](const audit::FieldChange& c) { return c.field == QStringLiteral("rows"); });
    REQUIRE(rows != entry.changes.end());
    CHECK(rows->after == QStringLiteral("2"));

    CsvExporter(*fatima).exportToFile(CsvKind::Grants, folder.path(QStringLiteral("g.csv")));
    CHECK(fatima->audit().latest(1).at(0).entityType == QStringLiteral("grant"));
}

TEST_CASE("grants and disbursements cannot be imported")
{
    MoneyCsvWorld world;
    auto bea = world.fixture.as(QStringLiteral("bea"));
    const CsvTable table = CsvReader::parse("reference\nGR-1\n", QStringLiteral("g.csv"));
    REQUIRE_THROWS_WITH(
        CsvImporter(*bea).run(CsvKind::Grants, table, ImportMode::Commit, QStringLiteral("g.csv")),
        Catch::Contains("Only people and cases"));
    CHECK_FALSE(parseCsvKind(QStringLiteral("grants")));
    CHECK(parseExportCsvKind(QStringLiteral("disbursements")) == CsvKind::Disbursements);
}
