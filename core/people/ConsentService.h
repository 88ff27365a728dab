#pragma once

#include "people/Consent.h"

#include <optional>
#include <vector>

namespace amparo {

class Session;

class ConsentService
{
public:
    explicit ConsentService(Session& session) : m_session(session) {}

    qint64 record(const Consent& input);
    // Newest decision first.
    std::vector<Consent> history(qint64 personId) const;
    // The decision in force on `date` for `purpose`, if any was recorded by then.
    std::optional<Consent> decisionOn(qint64 personId, const QString& purpose,
                                      const QDate& date) const;

    // The one question exports ask: may this person's data be used for
    // `purpose` on `date`? Only a given, unexpired, not-since-withdrawn
    // consent says yes; no record at all says no.
    bool mayUse(qint64 personId, const QString& purpose, const QDate& date) const;

private:
    Session& m_session;
};

} // namespace amparo
