#include "bench/BenchWorkload.h"

#include "auth/UserRepository.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "db/Transaction.h"
#include "ledger/Ledger.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/VaultLock.h"

#include <random>
#include <sodium.h>

namespace amparo {
namespace bench {
namespace {

constexpr int kBalancesEvery = 10; // rounds

const char* const kNames[] = {"Amina", "Carlos", "Mei",   "Olena",
                              "Tariq", "Lucia",  "Kwame", "Nadia"};
const char* const kPlaces[] = {"Nairobi", "Manila", "Bogota", "Kharkiv", "Cairo", "Lima"};
const char* const kActs[] = {"Detention", "Torture", "Threats", "Disappearance", "Harassment"};

template <std::size_t N> QString pick(const char* const (&words)[N], std::mt19937_64& random)
{
    return QString::fromLatin1(words[random() % N]);
}

} // namespace

std::unique_ptr<Session> workloadSession(const QString& folder, Storage storage)
{
    const VaultLayout layout(folder);
    VaultLock lock = VaultLock::acquire(layout);
    SecureBytes key = SecureBytes::random(32);
    auto database =
        storage == Storage::Encrypted
            ? db::Database::open(layout.database(), key, db::Database::OpenMode::CreateNew)
            : db::Database::createPlaintextForBenchmark(layout.database());
    db::migrate(*database);
    auth::User user;
    user.login = QStringLiteral("bench");
    user.displayName = QStringLiteral("Benchmark");
    user.roles = {auth::Role::Caseworker, auth::Role::Finance};
    user.createdAt = Clock::system().nowUtc();
    {
        db::Transaction transaction(*database);
        user.id = auth::UserRepository(*database).insert(user);
        transaction.commit();
    }
    QByteArray vaultId(16, Qt::Uninitialized);
    randombytes_buf(vaultId.data(), static_cast<std::size_t>(vaultId.size()));
    return std::make_unique<Session>(layout, vaultId, std::move(key), std::move(database), user,
                                     Clock::system(), std::move(lock));
}

void runMixedWorkload(Session& session, int rounds)
{
    std::mt19937_64 random(7);
    CaseService cases(session);
    Ledger ledger(session);
    const QDate today = session.clock().nowUtc().date();
    for (int round = 0; round < rounds; ++round) {
        Case c;
        c.title = QStringLiteral("%1 of %2 in %3")
                      .arg(pick(kActs, random), pick(kNames, random), pick(kPlaces, random));
        c.narrative = QStringLiteral("%1 was taken from home in %2 by men in plain clothes.")
                          .arg(pick(kNames, random), pick(kPlaces, random));
        c.programme = QStringLiteral("urgent_assistance");
        c.country = QStringLiteral("KE");
        c.priority = QStringLiteral("medium");
        c.openedOn = today.addDays(-static_cast<qint64>(random() % 700));
        (void)cases.create(c);

        JournalEntry entry;
        entry.date = c.openedOn;
        entry.kind = QStringLiteral("contribution");
        entry.description = QStringLiteral("Benchmark contribution");
        const qint64 amount = 100 + static_cast<qint64>(random() % 100'000);
        entry.postings = {
            {QStringLiteral("assets:bank:BENCH"), QStringLiteral("EUR"), amount},
            {QStringLiteral("income:contributions:BENCH"), QStringLiteral("EUR"), -amount}};
        (void)ledger.post(entry);

        CaseFilter filter;
        filter.search = pick(kNames, random).left(3);
        (void)cases.count(filter);
        (void)cases.list(filter, CaseSort::OpenedNewestFirst, 0, 100);
        if (round % kBalancesEvery == 0)
            (void)ledger.balances(today.addDays(-static_cast<qint64>(random() % 365)));
    }
}

} // namespace bench
} // namespace amparo
