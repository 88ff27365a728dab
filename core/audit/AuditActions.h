#pragma once

#include <QString>

namespace amparo {
namespace audit {

// What an audit entry's action means, in the interface's language
// ("Status changed" for case.transition); an unknown action as stored.
QString actionLabel(const QString& action);

} // namespace audit
} // namespace amparo
