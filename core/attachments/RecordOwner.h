#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace amparo {

class Session;

// The record a file or a task is linked to, once it is known to exist and to
// be visible to the user.
struct RecordOwner
{
    QString type;
    qint64 id = 0;
    std::optional<qint64> caseId; // the case it belongs to, for case material
};

// Checks that `type` is one of `allowedTypes` (Error(Invalid) listing them)
// and that the record exists and the user may see it: people and case
// material are read through their services, so need-to-know applies and a
// hidden record is Error(NotFound) exactly like a missing one.
RecordOwner requireVisibleRecord(Session& session, const QString& type, qint64 id,
                                 const QStringList& allowedTypes);

} // namespace amparo
