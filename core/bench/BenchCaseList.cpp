#include "bench/BenchScenarios.h"
#include "bench/BenchStats.h"
#include "cases/CaseService.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace amparo {
namespace bench {
namespace {

struct CaseListText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::bench::CaseList)
};

// The case list's page (ui/cases/CaseListModel::kPageSize) and its default order.
constexpr int kPageSize = 100;
constexpr CaseSort kSort = CaseSort::OpenedNewestFirst;
constexpr int kPagesScrolled = 30;

// What the case list does when its filter changes: count, then the first page.
void firstPage(const CaseService& cases, const CaseFilter& filter)
{
    (void)cases.count(filter);
    (void)cases.list(filter, kSort, 0, kPageSize);
}

// What people type into the search box: names, places and words of the
// story as the demo writes them, and a reference.
QStringList typedQueries(const CaseService& cases)
{
    QStringList queries = {QStringLiteral("torture"), QStringLiteral("lawyer detained"),
                           QStringLiteral("Maria"), QStringLiteral("Nairobi")};
    const std::vector<CaseRow> middle = cases.list({}, kSort, int(cases.count({}) / 2), 1);
    if (!middle.empty()) {
        queries << middle.front().reference;
        queries << middle.front().title.section(QLatin1Char(' '), 0, 1);
    }
    return queries;
}

} // namespace

void benchCaseList(BenchContext& context)
{
    auto session = Vault::open(context.vault.directory, QStringLiteral("caseworker"),
                               context.passphrase, Clock::system());
    const CaseService cases(*session);
    firstPage(cases, {}); // the GUI opens the list once before anyone measures

    const Samples first = measure(context.repetitions, [&] { firstPage(cases, {}); });
    context.report.add(
        QStringLiteral("case-list-first-page"),
        CaseListText::tr("3. Case list, first page of %1 by date (with count)").arg(kPageSize),
        first.median(), CaseListText::tr("ms"), atMost(20));

    const qint64 total = cases.count({});
    const int pages = static_cast<int>(std::min<qint64>(kPagesScrolled, total / kPageSize));
    Samples paging;
    for (int r = 0; r < context.repetitions; ++r)
        for (int page = 1; page < pages; ++page)
            paging.add(
                millisecondsOf([&] { (void)cases.list({}, kSort, page * kPageSize, kPageSize); }));
    context.report.add(
        QStringLiteral("case-list-next-page"),
        CaseListText::tr("3. Case list, each next page while scrolling (first %1)").arg(pages),
        paging.empty() ? std::nullopt : std::optional(paging.median()), CaseListText::tr("ms"));
    const int lastOffset = static_cast<int>(std::max<qint64>(0, total - kPageSize));
    const Samples last =
        measure(context.repetitions, [&] { (void)cases.list({}, kSort, lastOffset, kPageSize); });
    context.report.add(QStringLiteral("case-list-last-page"),
                       CaseListText::tr("3. Case list, the last page (scrolled to the end)"),
                       last.median(), CaseListText::tr("ms"));

    const QStringList queries = typedQueries(cases);
    Samples keystrokes;
    Samples afterFirst; // the first letter alone matches almost every case
    Samples counts;     // the two halves of a keystroke, to see which one grows
    Samples pagesOnly;
    for (int r = 0; r < context.repetitions; ++r) {
        for (const QString& query : queries) {
            for (qsizetype typed = 1; typed <= query.size(); ++typed) {
                CaseFilter filter;
                filter.search = query.left(typed);
                const double countMs = millisecondsOf([&] { (void)cases.count(filter); });
                const double pageMs =
                    millisecondsOf([&] { (void)cases.list(filter, kSort, 0, kPageSize); });
                const double ms = countMs + pageMs;
                counts.add(countMs);
                pagesOnly.add(pageMs);
                keystrokes.add(ms);
                if (typed > 1)
                    afterFirst.add(ms);
            }
        }
    }
    context.report.add(QStringLiteral("search-keystroke-p50"),
                       CaseListText::tr("4. Search as you type, per keystroke, p50"),
                       keystrokes.percentile(50), CaseListText::tr("ms"));
    context.report.add(QStringLiteral("search-keystroke-p95"),
                       CaseListText::tr("4. Search as you type, per keystroke, p95"),
                       keystrokes.percentile(95), CaseListText::tr("ms"), atMost(10),
                       CaseListText::tr("%n keystroke(s)", nullptr, int(keystrokes.size())));
    context.report.add(QStringLiteral("search-count-p95"),
                       CaseListText::tr("4. Search as you type, p95 of the count alone"),
                       counts.percentile(95), CaseListText::tr("ms"));
    context.report.add(QStringLiteral("search-page-p95"),
                       CaseListText::tr("4. Search as you type, p95 of the first page alone"),
                       pagesOnly.percentile(95), CaseListText::tr("ms"));
    context.report.add(QStringLiteral("search-keystroke-p95-after-first"),
                       CaseListText::tr("4. Search as you type, p95 from the second letter on"),
                       afterFirst.percentile(95), CaseListText::tr("ms"));
}

} // namespace bench
} // namespace amparo
