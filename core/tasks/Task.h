#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace amparo {

// A follow-up: something someone must do by a date, optionally about a case
// or one record (a person, a violation, an intervention, an assistance).
struct Task
{
    qint64 id = 0;
    QString title;
    QDate dueOn;
    qint64 assigneeId = 0; // an active user
    std::optional<qint64> caseId;
    QString ownerType;             // empty, or the kind of the linked record
    std::optional<qint64> ownerId; // the linked record
    std::optional<QDate> doneOn;
    qint64 createdBy = 0;
    QDateTime createdAt;
};

} // namespace amparo
