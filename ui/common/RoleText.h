#pragma once

#include "auth/Role.h"

#include <QString>

namespace amparo {
namespace ui {

// "Administrator and Auditor": the translated role labels as one phrase.
QString rolesText(auth::RoleSet roles);

} // namespace ui
} // namespace amparo
