#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace amparo {

// One decision of a person about one use of their data. Decisions are never
// overwritten: a withdrawal is a new record, and the latest one counts.
struct Consent
{
    qint64 id = 0;
    qint64 personId = 0;
    QString purpose; // Vocabulary::ConsentPurpose
    QString status;  // Vocabulary::ConsentStatus
    QDate decidedOn;
    std::optional<QDate> expiresOn;
    QString method; // how it was obtained: "signed form", "verbal, witnessed by …"
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace amparo
