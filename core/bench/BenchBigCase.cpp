#include "bench/BenchBigCase.h"

#include "cases/CaseService.h"
#include "db/Transaction.h"
#include "export/CaseSummary.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "violations/ViolationService.h"

#include <QRegularExpression>
#include <cmath>

namespace amparo {
namespace bench {
namespace {

constexpr int kFirstRound = 40; // violations before the first measurement
constexpr int kMostRounds = 8;

// Synthetic text, never shown to anyone but the benchmark: long enough that
// each violation takes a fair share of a page, as real chronologies do.
const char* const kConsequences[] = {
    "Held incommunicado for eleven days in an unofficial place of detention; beaten on the soles "
    "of the feet and denied medical care; released without charge after a lawyer filed habeas "
    "corpus.",
    "Lost the use of two fingers of the left hand; chronic pain and sleep disturbance reported at "
    "every follow-up; unable to resume work as a teacher for eight months.",
    "Family threatened by telephone after the complaint was lodged; the victim moved twice and "
    "the children changed schools; the prosecutor has not yet answered the complaint.",
    "Examined by an independent forensic doctor who found the injuries highly consistent with "
    "the account given; the report was submitted to the court and to the special rapporteur.",
};

} // namespace

int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

QString writeBigCase(Session& caseworker, int pages)
{
    CaseService cases(caseworker);
    Case input;
    input.title = QStringLiteral("Benchmark: a long case for the fifty-page summary");
    input.narrative = QString::fromLatin1(kConsequences[0]);
    input.programme = QStringLiteral("urgent_assistance");
    input.country = QStringLiteral("PH");
    input.priority = QStringLiteral("high");
    input.openedOn = caseworker.clock().nowUtc().date().addYears(-2);
    const Case big = cases.create(input);

    ViolationService violations(caseworker);
    int written = 0;
    auto addViolations = [&](int count) {
        db::Transaction transaction(caseworker.database());
        for (int i = 0; i < count; ++i, ++written) {
            Violation v;
            v.caseId = big.id;
            v.type =
                (written % 2) ? QStringLiteral("arbitrary_detention") : QStringLiteral("torture");
            v.occurredOn = input.openedOn.addDays(-(written % 700));
            v.place = QStringLiteral("Police station %1, Quezon City").arg(written % 17 + 1);
            v.perpetrators = QStringLiteral("Officers of the regional police unit");
            v.consequences = QString::fromLatin1(kConsequences[written % 4]) + QLatin1Char(' ') +
                             QString::fromLatin1(kConsequences[(written + 1) % 4]);
            violations.create(v);
        }
        transaction.commit();
    };
    addViolations(kFirstRound);
    for (int round = 0; round < kMostRounds; ++round) {
        const int now = pdfPageCount(renderCaseSummaryPdf(caseworker, big.id, {}));
        if (now >= pages)
            break;
        const double perPage = double(written) / std::max(1, now);
        addViolations(std::max(10, static_cast<int>(std::ceil((pages - now + 1) * perPage))));
    }
    return big.reference;
}

} // namespace bench
} // namespace amparo
