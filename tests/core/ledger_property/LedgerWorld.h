#pragma once

#include "DomainFixture.h"
#include "funds/Fund.h"
#include "grants/Grant.h"
#include "money/Money.h"

#include <QStringList>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace amparo {
namespace test {

// Everything a refused operation must leave as it was.
struct LedgerSnapshot
{
    std::vector<qint64> counts;  // ledger, audit, contributions, disbursements, approvals …
    std::vector<QString> grants; // "id status approved" of every grant

    friend bool operator==(const LedgerSnapshot&, const LedgerSnapshot&) = default;
};

// One operation as it was attempted, for the failure message and the tally.
struct LedgerStep
{
    QString kind;
    QString description;
    bool mustBeRefused = false; // posting into a locked period
};

// A vault with three funds in currencies of 2, 0 and 3 decimals (EUR, JPY,
// KWD), three cases and one open session per user, driven by a seeded
// std::mt19937. The engine's output is fixed by the standard and the
// helpers below use no std:: distribution, so a seed replays the same
// sequence on every platform.
class LedgerWorld
{
public:
    explicit LedgerWorld(std::uint32_t seed);

    // Zero to three days pass between two operations.
    void passTime();
    // Picks an operation and attempts it; throws amparo::Error when refused.
    void runRandomOperation(LedgerStep& step);

    LedgerSnapshot snapshot();
    // What is wrong now: ledger problems, negative availability, grants paid
    // beyond their approval or refunded beyond their payments.
    QStringList violations();
    // The audit trail's verdict, empty when the chain is intact.
    QString auditProblem();
    QString integrityCheck();

    static QStringList operationKinds();

private:
    Session& as(const QString& login);
    QDate today() const;

    std::uint32_t below(std::uint32_t bound); // 0 … bound − 1
    int between(int low, int high);           // both included
    bool chance(int percent);
    double fraction(); // [0, 1)
    const QString& pickOf(const QStringList& choices);

    qint64 amountWorth(double euros, const QString& currency);
    ExchangeRate rateOfDay(const QString& paidCurrency, const QString& fundCurrency);
    QString otherCurrency(const QString& currency);
    std::optional<Grant> pickGrant(const QStringList& statuses);

    void contribute(LedgerStep& step);
    void request(LedgerStep& step);
    void submit(LedgerStep& step);
    void approve(LedgerStep& step);
    void reject(LedgerStep& step);
    void returnForChanges(LedgerStep& step);
    void pay(LedgerStep& step);
    void refund(LedgerStep& step);
    void reverse(LedgerStep& step);
    void cancel(LedgerStep& step);
    void finishPayments(LedgerStep& step);
    void addReceipt(LedgerStep& step);
    void justify(LedgerStep& step);
    void close(LedgerStep& step);
    void lock(LedgerStep& step);
    void postIntoLockedPeriod(LedgerStep& step);

    DomainFixture m_fixture;
    std::mt19937 m_random;
    std::map<QString, std::unique_ptr<Session>> m_sessions;
    std::vector<Fund> m_funds;
    std::vector<qint64> m_cases;
};

} // namespace test
} // namespace amparo
