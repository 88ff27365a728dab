#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>
#include <optional>

namespace amparo {

// A payment made for an approved grant, or a refund of unspent money, in
// any currency; `fundAmountMinor` is its value in the fund's currency at
// the rate of the day.
struct Disbursement
{
    qint64 id = 0;
    qint64 grantId = 0;
    QString grantReference;
    QString kind; // payment, refund
    QDate paidOn;
    qint64 amountMinor = 0;
    QString currency;
    std::optional<ExchangeRate> rate;
    qint64 fundAmountMinor = 0;
    QString fundCurrency;
    QString note;
    std::optional<QDate> justifyBy; // receipts due (payments only)
    qint64 transactionId = 0;
    bool reversed = false;
    int receiptCount = 0;
};

// What finance records.
struct PaymentInput
{
    qint64 grantId = 0;
    qint64 amountMinor = 0;
    QString currency;
    std::optional<ExchangeRate> rate; // required when not the fund's currency
    std::optional<QDate> date;        // today when absent
    QString note;
};

} // namespace amparo
