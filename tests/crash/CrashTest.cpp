#include "CrashCheck.h"
#include "CrashReport.h"
#include "CrashWorkload.h"
#include "DomainFixture.h"
#include "WalInspection.h"
#include "WorkerProcess.h"
#include "demo/DemoRandom.h"
#include "funds/FundService.h"
#include "vault/Session.h"

#include <catch2/catch.hpp>
#include <chrono>

using namespace amparo;
using namespace amparo::test;

namespace {

// Seeded and reproducible: AMPARO_CRASH_SEED replays the same workloads and
// the same kill points (to the line and microsecond; where in the code that
// lands still depends on the machine's speed).
constexpr std::uint64_t kDefaultSeed = 20260314;
constexpr int kDefaultKills = 200;
// Kill after 0 to this many committed acts …
constexpr int kMostActsBeforeKill = 4;
// … and then after 0 to this many microseconds more, about one act's time in
// a Debug build, so that kills fall inside transactions as well as between them.
constexpr int kMostMicrosecondsAfter = 30'000;
// A worker that says nothing for this long is stuck, not slow.
constexpr int kSilenceLimitMs = 60'000;

std::uint64_t seedFromEnvironment()
{
    bool ok = false;
    const std::uint64_t seed = qEnvironmentVariable("AMPARO_CRASH_SEED").toULongLong(&ok);
    return ok ? seed : kDefaultSeed;
}

int killsFromEnvironment()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("AMPARO_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : kDefaultKills;
}

// DomainFixture's people, and the fund the worker draws on, with money in it.
struct CrashVault
{
    CrashVault()
    {
        Fund fund;
        fund.code = QString::fromLatin1(kCrashFundCode);
        fund.name = QStringLiteral("Urgent Assistance Fund");
        fund.currency = QStringLiteral("EUR");
        fund.approvalThresholdMinor = 5'000'00;
        Contribution money;
        money.fundId = FundService(*fixture.as(QStringLiteral("ana"))).create(fund).id;
        money.amountMinor = 20'000'00;
        money.currency = fund.currency;
        money.receivedOn = fixture.vault.clock.nowUtc().date();
        FundService(*fixture.as(QStringLiteral("fatima"))).recordContribution(money);
    }

    // The secrets of the worker's users (DomainFixture's "<login> passphrase"),
    // for its environment.
    static std::map<QByteArray, QByteArray> workerEnvironment()
    {
        std::map<QByteArray, QByteArray> environment;
        for (const char* login : {kCaseworker, kFirstApprover, kSecondApprover, kFinance})
            environment["AMPARO_CRASH_PASSPHRASE_" + QByteArray(login).toUpper()] =
                QByteArray(login) + " passphrase";
        return environment;
    }

    std::unique_ptr<Session> auditor() { return fixture.as(QStringLiteral("eli")); }

    DomainFixture fixture;
};

std::optional<CommittedOperation> committedIn(const QString& line)
{
    QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 3 || words.takeFirst() != QLatin1String("committed"))
        return std::nullopt;
    const QString kind = words.takeFirst();
    return CommittedOperation{kind, words};
}

void spinFor(std::chrono::microseconds duration)
{
    const auto until = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < until) {
    }
}

// Where the kills landed, for the summary.
struct KillTally
{
    int duringStartup = 0;  // before the worker's first act began
    int insideAnAct = 0;    // an act had begun and not reported its commit
    int duringWalWrite = 0; // the log ends in frames of an uncommitted transaction
    int committedActs = 0;
};

} // namespace

TEST_CASE("a vault killed at random moments while it is written opens sound with every "
          "committed act in it")
{
    const std::uint64_t seed = seedFromEnvironment();
    const int kills = killsFromEnvironment();
    INFO("reproduce with AMPARO_CRASH_SEED=" << seed << " AMPARO_CRASH_KILLS=" << kills);
    const auto started = std::chrono::steady_clock::now();
    CrashVault vault;
    const QString directory = vault.fixture.vault.directory;
    demo::DemoRandom schedule(seed);
    std::vector<CommittedOperation> everything;
    KillTally tally;

    for (int kill = 1; kill <= kills; ++kill) {
        const std::uint64_t workerSeed = demo::DemoRandom::mix(seed, static_cast<quint64>(kill));
        const int actsBeforeKill = schedule.between(0, kMostActsBeforeKill);
        const int microsecondsAfter = schedule.between(0, kMostMicrosecondsAfter);
        INFO("kill " << kill << ": after " << actsBeforeKill << " acts and " << microsecondsAfter
                     << " µs; worker seed " << workerSeed);

        QStringList lines;
        bool silent = false;
        bool killedBySignal = false;
        QString ending;
        {
            WorkerProcess worker(QStringLiteral(AMPARO_CRASH_WORKER_PATH),
                                 {directory, QString::number(workerSeed), QString::number(kill)},
                                 CrashVault::workerEnvironment());
            for (int acts = 0; acts < actsBeforeKill;) {
                const auto line = worker.readLine(kSilenceLimitMs);
                if (!line) {
                    silent = true;
                    break;
                }
                lines << *line;
                if (line->startsWith(QLatin1String("committed ")))
                    ++acts;
            }
            spinFor(std::chrono::microseconds(microsecondsAfter));
            killedBySignal = worker.kill();
            ending = worker.exitDescription();
            lines << worker.remainingLines();
        }
        INFO("the worker " << ending << " after saying:\n" << lines.join(QLatin1Char('\n')));
        REQUIRE(killedBySignal); // it did not stop on its own
        REQUIRE_FALSE(silent);

        if (lines.isEmpty())
            ++tally.duringStartup;
        else if (lines.constLast().startsWith(QLatin1String("begin ")))
            ++tally.insideAnAct;
        if (uncommittedWalFrames(directory + QStringLiteral("/vault.db-wal")) > 0)
            ++tally.duringWalWrite;

        std::vector<CommittedOperation> reported;
        for (const QString& line : lines)
            if (const auto operation = committedIn(line))
                reported.push_back(*operation);
        tally.committedActs += static_cast<int>(reported.size());

        auto auditor = vault.auditor();
        const QStringList problems = vaultProblems(*auditor);
        INFO(problems.join(QLatin1Char('\n')));
        REQUIRE(problems.isEmpty());
        for (const CommittedOperation& operation : reported) {
            const QString missing = missingEffect(*auditor, operation);
            INFO(missing);
            REQUIRE(missing.isEmpty());
        }
        everything.insert(everything.end(), reported.begin(), reported.end());
    }

    // What was there after its own kill is still there after all the others.
    auto auditor = vault.auditor();
    for (const CommittedOperation& operation : everything) {
        const QString missing = missingEffect(*auditor, operation);
        INFO(missing);
        REQUIRE(missing.isEmpty());
    }
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::steady_clock::now() - started);
    WARN(kills << " kills in " << seconds.count() << " s: " << tally.committedActs
               << " committed acts checked; killed during start-up " << tally.duringStartup
               << ", inside an act " << tally.insideAnAct << ", while a transaction was being "
               << "written to the log " << tally.duringWalWrite);
}
