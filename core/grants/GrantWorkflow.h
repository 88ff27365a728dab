#pragma once

#include <QString>
#include <QStringList>

namespace amparo {

// The states of a grant and the moves between them (PRODUCT §2):
// draft → submitted → approved | rejected | returned → disbursing →
// disbursed → justified → closed; returned → submitted; cancelled from any
// open state.
bool isAllowedGrantTransition(const QString& from, const QString& to);
QStringList allowedNextGrantStatuses(const QString& from);
// States in which money is still committed to the grant.
bool isCommittedGrantStatus(const QString& status);

} // namespace amparo
