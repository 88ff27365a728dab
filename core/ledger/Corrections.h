#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace amparo {

class Session;

// Corrections of posted money: a transaction is never changed; it is
// reversed by a new transaction with every posting negated, which refers to
// it, and the right entry is then posted afresh. Contributions, payments and
// refunds can be reversed, once; commitments and releases follow the
// grant's workflow (cancel or close it instead); a reversal is never itself
// reversed.
class Corrections
{
public:
    explicit Corrections(Session& session) : m_session(session) {}

    // Posts on `date` (today when absent), which must be in an open period;
    // returns the id of the reversing transaction.
    qint64 reverse(qint64 transactionId, const QString& reason,
                   const std::optional<QDate>& date = std::nullopt);

private:
    Session& m_session;
};

} // namespace amparo
