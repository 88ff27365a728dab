#pragma once

#include "TestSupport.h"
#include "demo/DemoRandom.h"
#include "grants/Grant.h"

#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace amparo {

class Session;

namespace test {

// The users the worker acts as; the test creates them (DomainFixture's
// caseworker, fund managers and finance officer).
inline constexpr char kCaseworker[] = "bea";
inline constexpr char kFirstApprover[] = "dara";
inline constexpr char kSecondApprover[] = "diego";
inline constexpr char kFinance[] = "fatima";
// The fund the test sets up before the first run.
inline constexpr char kCrashFundCode[] = "UAF";

// The write load of the crash test: a seeded, endless mix of what an office
// does all day — people, cases with their victim and consent, assistance,
// files, grant requests through approval, payments in two currencies,
// refunds, receipts, reversals — each act through the real services, as the
// user whose role it is. `report` hears of each act as it begins and after
// it has committed.
class CrashWorkload
{
public:
    using Report = std::function<void(const QString& line)>;
    using Login = std::function<std::unique_ptr<Session>(const QString& login, const Clock&)>;

    // `run` numbers the worker's start: its clock begins `run` days after the
    // vault was set up, so dates only move forward from one run to the next.
    CrashWorkload(const Login& login, std::uint64_t seed, int run, Report report);
    ~CrashWorkload();

    [[noreturn]] void runForever();

private:
    struct OpenCase
    {
        qint64 caseId = 0;
        qint64 victimId = 0;
    };

    Session& as(const char* login);
    void begin(const char* kind);
    void committed(const char* kind, const QStringList& keys);
    QDate today() const;
    bool runOneOperation();

    bool addPerson();
    bool openCase();
    bool addAssistance();
    bool attachFile();
    bool contribute();
    bool requestGrant();
    bool submitGrant();
    bool approveGrant();
    bool pay();
    bool refund();
    bool addReceipt();
    bool reversePayment();
    bool finishPayments();
    bool justify();
    bool closeGrant();

    std::optional<OpenCase> pickCase();
    std::optional<Grant> pickGrant(const QString& status);
    QByteArray randomBytes(int size);

    demo::DemoRandom m_random;
    ManualClock m_clock;
    Report m_report;
    std::map<QString, std::unique_ptr<Session>> m_sessions;
    qint64 m_fundId = 0;
    std::vector<OpenCase> m_cases;
    int m_sequence = 0; // numbers the names and texts of this run
    int m_run = 0;
};

} // namespace test
} // namespace amparo
