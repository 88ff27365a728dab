#pragma once

#include <QString>
#include <QStringList>

namespace amparo {

// intake → assessment → active → monitoring → closed, plus referred and
// rejected; a closed, referred or rejected case can be reopened.
QStringList allowedNextStatuses(const QString& from);
bool isAllowedTransition(const QString& from, const QString& to);
bool isFinalStatus(const QString& status);

} // namespace amparo
