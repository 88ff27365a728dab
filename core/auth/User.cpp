#include "auth/User.h"

#include "util/Error.h"

#include <QCoreApplication>

namespace amparo {
namespace auth {
namespace {

struct UserText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::User)
};

bool isLoginCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
           c == QLatin1Char('_') || c == QLatin1Char('-');
}

} // namespace

QString userStatusName(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QStringLiteral("active");
    case UserStatus::Disabled:
        return QStringLiteral("disabled");
    case UserStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::optional<UserStatus> parseUserStatus(const QString& name)
{
    for (const UserStatus status :
         {UserStatus::Active, UserStatus::Disabled, UserStatus::Removed}) {
        if (userStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString normalizeLogin(const QString& login)
{
    const QString normalized = login.trimmed().toLower();
    if (normalized.size() < 2 || normalized.size() > 64)
        throw Error(ErrorKind::Invalid,
                    UserText::tr("The user name must have 2 to 64 characters."));
    for (const QChar c : normalized) {
        if (!isLoginCharacter(c))
            throw Error(
                ErrorKind::Invalid,
                UserText::tr("The user name \"%1\" may only contain the letters a-z, digits, "
                             "'.', '_' and '-'.")
                    .arg(login.left(64)));
    }
    return normalized;
}

} // namespace auth
} // namespace amparo
