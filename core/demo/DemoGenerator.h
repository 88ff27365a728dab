#pragma once

#include "auth/Role.h"
#include "vault/Kdf.h"
#include "vault/SecureBytes.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace amparo {

class Clock;
class Session;

namespace demo {

// The users `amparo-cli demo` creates (PRODUCT §7), plus a second
// caseworker so that restricted cases have someone they are hidden from.
struct DemoUser
{
    QString login;
    QString displayName;
    auth::RoleSet roles;
};
const std::vector<DemoUser>& demoUsers();

struct DemoRequest
{
    int cases = 300;
    std::uint64_t seed = 1;
    SecureBytes passphrase; // of every demo user
    KdfParams kdf = KdfParams::forProfile(KdfProfile::Interactive);
    // Cases between progress reports (rounded up to a whole day of
    // openings); a transaction never spans two reports.
    int casesPerBatch = 500;
};

struct DemoSummary
{
    int users = 0;
    int organisations = 0;
    int people = 0;
    int possibleDuplicates = 0; // people flagged as possibly someone already known
    int consents = 0;
    int cases = 0;
    int restrictedCases = 0;
    int transitions = 0; // besides the opening of each case
    int violations = 0;
    int medicalRecords = 0;
    int interventions = 0;
    int assistance = 0;
    int attachments = 0;
    int tasks = 0;
    int overdueTasks = 0;
    std::map<QString, int> casesByStatus;
    std::map<QString, int> casesByCountry;
    int funds = 0;
    int contributions = 0;
    int grants = 0;
    std::map<QString, int> grantsByStatus; // Vocabulary::GrantStatus → grants
    int payments = 0;                      // the reversed one included
    int reversals = 0;                     // payments typed twice by mistake, reversed
    int refunds = 0;
    int receipts = 0;        // also counted in attachments
    int overdueReceipts = 0; // payments whose receipts are overdue today
    int paymentCurrencies = 0;
    bool cancelled = false;
};

// Called after each committed batch with the number of cases written so
// far; returning false stops the generation there. What was committed stays:
// whole cases with all their records, never half of one.
using DemoProgress = std::function<bool(int done, int total)>;

// Fills a new vault with realistic, varied and deterministic synthetic data
// through the real services, so every rule, audit entry and search index
// applies as if people had typed it.
//
// - `admin` is an open session of an administrator: it creates the demo
//   users (UserAdministration::addUser) and the organisations. Cases are
//   written in sessions opened as the two caseworkers (Vault::open with
//   request.passphrase), because only caseworkers edit cases; they take
//   intake duty by the week, and the one on duty follows the case through.
// - `today` ends the simulated history, at the midnight (UTC) that began
//   it; six years of cases lead up to it, opened day after day so that
//   references follow the dates. Each act happens at its own time on a
//   DemoClock the caseworker sessions run on: transitions, closing dates,
//   assistance dates and audit entries carry that time. The audit trail is
//   in the order of writing (its hash chain verifies); its times follow
//   each case's story.
// - The same seed, number of cases and day give the same vault, record for
//   record. Nothing reads the system time or QRandomGenerator.
// - Commits about every request.casesPerBatch cases, and tells `progress`,
//   which may stop the generation there.
// - Then the money side (DemoMoneyPlan, DemoMoneyWriter): three funds with
//   their donors' yearly contributions, about one grant per three cases in
//   every state of the workflow, requested by the caseworkers, decided by
//   the fund manager and paid by finance in the currencies of the cases'
//   countries, with receipts, refunds, overdue receipts and a reversed
//   payment. Skipped when the generation is stopped.
// - Refuses (Error Refused) a vault that already holds cases, people or
//   funds, or a user with a demo login: demo data never mixes with real data.
class DemoGenerator
{
public:
    DemoGenerator(Session& admin, const Clock& today) : m_admin(admin), m_today(today) {}

    DemoSummary generate(const DemoRequest& request, const DemoProgress& progress = {});

private:
    void requireEmptyVault() const;

    Session& m_admin;
    const Clock& m_today;
};

} // namespace demo
} // namespace amparo
