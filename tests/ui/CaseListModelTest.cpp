#include "cases/CaseListModel.h"

#include "DomainFixture.h"
#include "cases/CaseService.h"
#include "common/DecryptedData.h"
#include "domain/Vocabulary.h"
#include "vault/Session.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace amparo;
using ui::CaseListModel;

namespace {

CaseListModel::Source sourceFor(Session& session)
{
    return CaseListModel::fromSession([&session]() -> Session& { return session; });
}

// 230 cases opened one day apart, with titles out of date order; one of them
// restricted and assigned to bea alone.
struct CaseListWorld
{
    CaseListWorld()
    {
        auto bea = domain.as(QStringLiteral("bea"));
        CaseService cases(*bea);
        for (int i = 0; i < 230; ++i) {
            // Titles in the reverse order of the dates: "Case 229 …" opened first.
            Case c = test::sampleCase(QStringLiteral("Case %1 of arbitrary detention")
                                          .arg(229 - i, 3, 10, QLatin1Char('0')));
            c.openedOn = QDate(2025, 1, 1).addDays(i);
            cases.create(c);
        }
        Case hidden = test::sampleCase(QStringLiteral("Whistleblower in the security services"));
        hidden.restricted = true;
        hidden.openedOn = QDate(2026, 2, 1);
        restrictedReference = cases.create(hidden).reference;
    }

    test::DomainFixture domain;
    QString restrictedReference;
};

QString cell(const CaseListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("the case list reads a page at a time, as the view scrolls")
{
    CaseListWorld world;
    auto bea = world.domain.as(QStringLiteral("bea"));
    CaseListModel model(sourceFor(*bea));
    model.reload();
    CHECK(model.totalCount() == 231);
    CHECK(model.rowCount() == CaseListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * CaseListModel::kPageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 231);
    CHECK_FALSE(model.canFetchMore({}));
    // Newest first by default: the restricted case of February 2026 leads.
    CHECK(cell(model, 0, CaseListModel::ReferenceColumn) ==
          world.restrictedReference + QStringLiteral(" (restricted)"));
}

TEST_CASE("sorting the case list asks the database, not the rows already loaded")
{
    CaseListWorld world;
    auto bea = world.domain.as(QStringLiteral("bea"));
    CaseListModel model(sourceFor(*bea));
    model.reload();
    // The first page holds the newest cases, whose titles are the lowest numbers.
    model.sort(CaseListModel::OpenedColumn, Qt::AscendingOrder);
    CHECK(cell(model, 0, CaseListModel::TitleColumn) ==
          QStringLiteral("Case 229 of arbitrary detention"));
    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    CHECK(model.rowCount() == CaseListModel::kPageSize);
    CHECK(cell(model, 0, CaseListModel::TitleColumn) ==
          QStringLiteral("Case 000 of arbitrary detention"));
    CHECK(cell(model, 99, CaseListModel::TitleColumn) ==
          QStringLiteral("Case 099 of arbitrary detention"));
}

TEST_CASE("the case list filters and searches through the core and shows labels, not stored names")
{
    CaseListWorld world;
    auto bea = world.domain.as(QStringLiteral("bea"));
    CaseListModel model(sourceFor(*bea));
    CaseFilter filter;
    filter.search = QStringLiteral("whistle");
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.totalCount() == 1);
    CHECK(cell(model, 0, CaseListModel::StatusColumn) ==
          termLabel(Vocabulary::CaseStatus, QStringLiteral("intake")));
    CHECK(cell(model, 0, CaseListModel::ProgrammeColumn) ==
          termLabel(Vocabulary::Programme, QStringLiteral("defenders")));
    CHECK(cell(model, 0, CaseListModel::CountryColumn) == QStringLiteral("Philippines"));

    filter = {};
    filter.restricted = false;
    model.setFilter(filter);
    CHECK(model.totalCount() == 230);
}

TEST_CASE("a restricted case is absent from the list of a caseworker not assigned to it")
{
    CaseListWorld world;
    auto carlos = world.domain.as(QStringLiteral("carlos"));
    CaseListModel model(sourceFor(*carlos));
    model.reload();
    CHECK(model.totalCount() == 230);
    CaseFilter filter;
    filter.search = QStringLiteral("whistleblower");
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("clearing the case list, as a lock does, leaves no decrypted row")
{
    CaseListWorld world;
    auto bea = world.domain.as(QStringLiteral("bea"));
    CaseListModel model(sourceFor(*bea));
    model.reload();
    const int before = ui::decryptedItemsHeld();
    CHECK(before >= CaseListModel::kPageSize);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(ui::decryptedItemsHeld() == before - CaseListModel::kPageSize);
}
