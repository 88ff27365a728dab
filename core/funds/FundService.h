#pragma once

#include "funds/Fund.h"

#include <vector>

namespace amparo {

class Session;

// Funds are set up by administrators; contributions are recorded by
// finance and post to the ledger; positions are read by everyone who reads
// the ledger.
class FundService
{
public:
    explicit FundService(Session& session) : m_session(session) {}

    Fund create(const Fund& input);
    // The code and the currency never change: the ledger is kept in them.
    void update(const Fund& changed);

    Fund get(qint64 fundId) const;
    // Throws Error(NotFound) naming the code.
    Fund byCode(const QString& code) const;
    std::vector<Fund> list() const;

    Contribution recordContribution(const Contribution& input);
    std::vector<Contribution> contributions(qint64 fundId) const;

    // At the end of `at` (today when absent).
    FundPosition position(qint64 fundId, const std::optional<QDate>& at = std::nullopt) const;

    // Throws Error(Refused) with the reason when the fund may not pay for
    // assistance of this type in a case of this country and programme.
    static void requireEligible(const Fund& fund, const QString& country, const QString& programme,
                                const std::optional<QString>& assistanceType);

private:
    Fund validated(const Fund& input) const;
    void writeDonors(const Fund& fund);

    Session& m_session;
};

} // namespace amparo
