#include "common/RoleText.h"

#include <QLocale>

namespace amparo {
namespace ui {

QString rolesText(auth::RoleSet roles)
{
    QStringList labels;
    for (const auth::Role role : auth::kAllRoles) {
        if (roles.has(role))
            labels << auth::roleLabel(role);
    }
    return QLocale().createSeparatedList(labels);
}

} // namespace ui
} // namespace amparo
