#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {

class Session;

// One bar of a chart: a stored key (a status, a country code, a programme,
// an assistance type) and how many records it counts.
struct DashboardCount
{
    QString key;
    qint64 count = 0;
};

// The net disbursed by one fund in one month, in the fund's currency.
struct FundMonth
{
    qint64 fundId = 0;
    QString fundCode;
    QString currency;
    QDate month; // the first day of the month
    qint64 netMinor = 0;
};

// The money side of the dashboard, for those who read the ledger.
struct DashboardMoney
{
    QDate firstMonth; // the first day of the first of the twelve months
    // What each fund disbursed in those months, by month then fund code;
    // a month without payments or refunds of a fund is absent.
    std::vector<FundMonth> disbursements;
    qint64 overdueReceipts = 0;
};

// The figures of the dashboard as the current user may see them. Case
// figures count only the cases the user may see (the case list's rule);
// what a role may not see at all is absent, not zero.
struct DashboardFigures
{
    // Every status, programme and assistance type, in the vocabulary's
    // order, zero counts included.
    std::vector<DashboardCount> casesByStatus;
    std::vector<DashboardCount> casesByProgramme;
    std::vector<DashboardCount> assistanceByType;
    // The countries with most cases (at most kTopCountries, most first),
    // and the cases of every other country, those with no country included.
    std::vector<DashboardCount> casesByCountry;
    qint64 casesInOtherCountries = 0;
    qint64 overdueTasks = 0;
    // Submitted grants awaiting a decision: for fund managers and readers
    // of the ledger.
    std::optional<qint64> pendingApprovals;
    std::optional<DashboardMoney> money;
};

inline constexpr int kTopCountries = 8;

// Reads every figure with a few grouped queries; "today" (for overdue tasks
// and receipts and the twelve months) is the session clock's local date.
DashboardFigures readDashboard(Session& session);

} // namespace amparo
