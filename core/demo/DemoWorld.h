#pragma once

#include "demo/DemoGenerator.h"
#include "demo/DemoOrganisations.h"

#include <QDateTime>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace amparo {
namespace demo {

// Someone already in the vault whom a later case may meet again.
struct KnownPerson
{
    qint64 id = 0;
    QString fullName;
    std::optional<int> birthYear;
    QString sex;
};

// Assistance in an unrestricted case, which a grant may pay for; recorded
// as the assistance is requested. Cases without assistance are recorded too
// (without `assistanceId`), for demos too small to have any.
struct GrantCandidate
{
    qint64 caseId = 0;
    QDateTime at;                  // when the assistance was requested, or the case opened
    bool secondCaseworker = false; // whose case it is
    QString country;
    QString programme;
    std::optional<qint64> assistanceId;
    QString assistanceType;
    QString description;
    std::optional<qint64> personId;
    std::optional<qint64> providerOrgId;
};

// What the cases of one generation share: the period, the users, the
// organisations, the people met so far, and the running summary.
struct DemoWorld
{
    std::uint64_t seed = 1;
    int totalCases = 0;
    QDateTime start; // the first case opens then
    QDateTime end;   // "today": nothing happens after it
    qint64 caseworkerId = 0;
    qint64 secondCaseworkerId = 0;
    qint64 fundManagerId = 0;
    DemoOrganisations organisations;
    // Victims of unrestricted cases, by country: visible to both caseworkers.
    std::map<QString, std::vector<KnownPerson>> victims;
    // Lawyers met in unrestricted cases, by country; they represent many clients.
    std::map<QString, std::vector<qint64>> lawyers;
    // The first victim of an unrestricted case, whom cases 10 and 11 meet again.
    std::optional<KnownPerson> firstKnown;
    QString firstKnownCountry;
    // In the order they happened to be written; the money side picks from them.
    std::vector<GrantCandidate> grantCandidates;
    DemoSummary summary;

    // Case `index` opens at a day evenly spread over the period.
    QDate openingDay(int index) const
    {
        const qint64 days = start.date().daysTo(end.date()) - 2;
        return start.date().addDays(days * index / std::max(totalCases, 1));
    }

    // Who opens the cases of `day`: caseworkers take intake duty by the week,
    // the second caseworker one week in four. The one on duty follows the
    // case through; a week is one stretch of writing in one session.
    bool secondCaseworkerOnDuty(const QDate& day) const;
};

} // namespace demo
} // namespace amparo
