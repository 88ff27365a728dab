#pragma once

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {

struct Posting
{
    QString account;
    QString commodity;      // ISO 4217 code
    qint64 amountMinor = 0; // debit positive, credit negative

    friend bool operator==(const Posting&, const Posting&) = default;
};

// What a service asks the ledger to post: balanced in every commodity.
struct JournalEntry
{
    QDate date;
    QString kind; // contribution, commitment, disbursement, refund, release, reversal
    QString description;
    std::optional<qint64> fundId;
    std::optional<qint64> grantId;
    std::optional<qint64> reversesId; // set by Corrections only
    std::vector<Posting> postings;
};

struct PostedTransaction
{
    qint64 id = 0;
    QDate date;
    QString kind;
    QString description;
    std::optional<qint64> fundId;
    std::optional<qint64> grantId;
    std::optional<qint64> reversesId;   // this is the reversal of that one
    std::optional<qint64> reversedById; // that one reverses this one
    std::vector<Posting> postings;
};

struct AccountBalance
{
    QString account;
    QString commodity;
    qint64 amountMinor = 0;
};

// Adds the postings of a money movement where `debitAccount` receives
// `debitMinor` of `debitCurrency` and `creditAccount` gives `creditMinor` of
// `creditCurrency`. When the currencies differ, both legs pass through the
// conversion account, so the entry balances exactly in each currency.
void addMovement(JournalEntry& entry, const QString& debitAccount, qint64 debitMinor,
                 const QString& debitCurrency, const QString& creditAccount, qint64 creditMinor,
                 const QString& creditCurrency);

} // namespace amparo
