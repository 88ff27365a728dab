#pragma once

#include <QString>
#include <QStringList>

namespace amparo {
namespace test {

// What the crash worker tells the test, one line per event on its stdout:
//   "begin <kind>"               an operation starts (nothing is promised yet)
//   "committed <kind> <key>…"    the operation's transaction has committed
// The keys are stable references or ids by which the test looks the
// operation's effect up after the kill.
namespace crashkind {
inline constexpr char kPerson[] = "person";         // <pseudonym>
inline constexpr char kCase[] = "case";             // <case ref> <victim pseudonym> <consent id>
inline constexpr char kAssistance[] = "assistance"; // <assistance id>
inline constexpr char kAttachment[] = "attachment"; // <attachment id> <sha-256 hex>
inline constexpr char kContribution[] = "contribution"; // <contribution id>
inline constexpr char kGrant[] = "grant";               // <grant ref> (a draft request)
inline constexpr char kSubmitted[] = "submitted";       // <grant ref>
inline constexpr char kApproval[] = "approval";         // <grant ref> <approver login>
inline constexpr char kPayment[] = "payment";           // <disbursement id> <currency>
inline constexpr char kRefund[] = "refund";             // <disbursement id>
inline constexpr char kReceipt[] = "receipt";           // <attachment id> <sha-256 hex>
inline constexpr char kReversal[] = "reversal";         // <reversal txn id> <reversed txn id>
inline constexpr char kDisbursed[] = "disbursed";       // <grant ref>
inline constexpr char kJustified[] = "justified";       // <grant ref>
inline constexpr char kClosed[] = "closed";             // <grant ref>
} // namespace crashkind

// One "committed" line, split.
struct CommittedOperation
{
    QString kind;
    QStringList keys;

    QString text() const { return (QStringList{kind} + keys).join(QLatin1Char(' ')); }
};

} // namespace test
} // namespace amparo
