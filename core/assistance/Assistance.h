#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace amparo {

// What is done for a person of a case: legal, medical, psychosocial,
// relocation, social support or protective accompaniment.
struct Assistance
{
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> personId; // a person of the case
    QString type;                   // Vocabulary::AssistanceType
    QString description;
    QString status = QStringLiteral("requested"); // Vocabulary::AssistanceStatus
    std::optional<qint64> providerOrgId;
    QDate requestedOn;
    std::optional<QDate> startedOn;   // set when work starts
    std::optional<QDate> completedOn; // set on completion
    QString outcome;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace amparo
