#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace amparo {

// A case: what happened to whom, and what the organisation does about it.
struct Case
{
    qint64 id = 0;
    QString reference; // <PREFIX>-<YEAR>-<SEQ>, e.g. AMP-2026-0042
    QString externalId;
    QString title;
    QString narrative;
    QString programme; // Vocabulary::Programme
    QString country;   // ISO 3166 alpha-2
    QString place;
    std::optional<QDate> incidentOn;
    std::optional<QDate> reportedOn;
    QDate openedOn;
    std::optional<QDate> closedOn;
    std::optional<qint64> referringOrgId;
    QString priority = QStringLiteral("medium"); // Vocabulary::Priority
    QString risk;                                // risk assessment, for defenders
    bool restricted = false;                     // need-to-know
    QString status = QStringLiteral("intake");   // Vocabulary::CaseStatus
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::vector<qint64> assigneeIds;
};

// One line of a case list.
struct CaseRow
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString programme;
    QString country;
    QString status;
    QString priority;
    QDate openedOn;
    bool restricted = false;
};

struct CaseTransition
{
    QString fromStatus; // empty for the opening of the case
    QString toStatus;
    QString reason;
    QString userLogin;
    QDateTime at;
};

// A person's part in a case.
struct CasePerson
{
    qint64 personId = 0;
    QString pseudonym;
    QString fullName;
    QString role;            // Vocabulary::PersonRole
    QString perpetratorType; // Vocabulary::PerpetratorType, for alleged perpetrators
};

} // namespace amparo
