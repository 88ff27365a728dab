#pragma once

#include <QString>
#include <QStringList>

namespace amparo {

// requested → approved → in_progress → completed, and cancelled from any
// state that is not final. Completed and cancelled are final.
QStringList allowedNextAssistanceStatuses(const QString& from);
bool isAllowedAssistanceTransition(const QString& from, const QString& to);

} // namespace amparo
