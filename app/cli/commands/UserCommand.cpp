#include "CliContext.h"
#include "Passphrase.h"
#include "TableWriter.h"
#include "auth/Role.h"
#include "commands/Commands.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct UserText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::User)
};

QStringList withVaultOptions(QStringList extra)
{
    return vaultOptions() + extra;
}

int addUser(CliContext& context, const CliArguments& arguments)
{
    const QString directory = arguments.positional(0, UserText::tr("the vault folder"));
    const QString login = arguments.positional(1, UserText::tr("the new user's name"));
    arguments.requirePositionalCount(2);
    const auth::RoleSet roles = auth::RoleSet::parse(arguments.required(QStringLiteral("role")));
    const KdfParams kdf = kdfFromOption(arguments);
    auto session = context.openVault(directory, arguments);
    const SecureBytes passphrase = readSecret(SecretKind::NewPassphrase, arguments,
                                              UserText::tr("New passphrase for %1: ").arg(login));
    UserAdministration(*session).addUser(login, arguments.value(QStringLiteral("display-name")),
                                         roles, passphrase, kdf);
    context.out << UserText::tr("Added %1 (%2).")
                       .arg(login.toLower(), roles.names().join(QStringLiteral(", ")))
                << '\n';
    return 0;
}

int listUsers(CliContext& context, const CliArguments& arguments)
{
    const QString directory = arguments.positional(0, UserText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const OutputFormat format = parseOutputFormat(arguments.value(QStringLiteral("format")));
    auto session = context.openVault(directory, arguments);
    std::vector<QStringList> rows;
    for (const auth::User& user : UserAdministration(*session).users()) {
        rows.push_back({user.login, user.displayName, user.roles.names().join(QLatin1Char(',')),
                        auth::userStatusName(user.status),
                        user.lastLoginAt ? toStoredTimestamp(*user.lastLoginAt) : QString()});
    }
    writeRows(context.out, format,
              {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("roles"),
               QStringLiteral("status"), QStringLiteral("last_login")},
              rows);
    return 0;
}

int changePassphrase(CliContext& context, const CliArguments& arguments)
{
    const QString directory = arguments.positional(0, UserText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const KdfParams kdf = kdfFromOption(arguments);
    const SecureBytes current =
        readSecret(SecretKind::Passphrase, arguments, UserText::tr("Current passphrase: "));
    auto session = Vault::open(directory, arguments.required(QStringLiteral("user")), current,
                               Clock::system());
    const SecureBytes next =
        readSecret(SecretKind::NewPassphrase, arguments, UserText::tr("New passphrase: "));
    UserAdministration(*session).changeOwnPassphrase(current, next, kdf);
    context.out << UserText::tr("The passphrase of %1 was changed.").arg(session->user().login)
                << '\n';
    return 0;
}

int resetWithRecoveryKey(CliContext& context, const CliArguments& arguments)
{
    const QString directory = arguments.positional(0, UserText::tr("the vault folder"));
    const QString login =
        arguments.positional(1, UserText::tr("the user whose passphrase is reset"));
    arguments.requirePositionalCount(2);
    const KdfParams kdf = kdfFromOption(arguments);
    const SecureBytes recoveryKey =
        readSecret(SecretKind::RecoveryKey, arguments, UserText::tr("Recovery key: "));
    const SecureBytes next = readSecret(SecretKind::NewPassphrase, arguments,
                                        UserText::tr("New passphrase for %1: ").arg(login));
    auto session = Vault::resetPassphraseWithRecoveryKey(directory, recoveryKey, login, next, kdf,
                                                         Clock::system());
    context.out << UserText::tr("The passphrase of %1 was reset with the recovery key.")
                       .arg(session->user().login)
                << '\n';
    return 0;
}

int changeUser(CliContext& context, const CliArguments& arguments, const QString& action)
{
    const QString directory = arguments.positional(0, UserText::tr("the vault folder"));
    const QString login = arguments.positional(1, UserText::tr("the user's name"));
    arguments.requirePositionalCount(2);
    auto session = context.openVault(directory, arguments);
    UserAdministration administration(*session);
    if (action == QLatin1String("disable")) {
        administration.disableUser(login);
        context.out << UserText::tr("%1 is disabled and can no longer open the vault.").arg(login)
                    << '\n';
    } else if (action == QLatin1String("enable")) {
        administration.enableUser(login);
        context.out << UserText::tr("%1 is enabled.").arg(login) << '\n';
    } else if (action == QLatin1String("remove")) {
        administration.removeUser(login);
        context.out << UserText::tr("%1 is removed and the master key was rotated.").arg(login)
                    << '\n';
    } else {
        administration.setRoles(login,
                                auth::RoleSet::parse(arguments.required(QStringLiteral("role"))));
        context.out << UserText::tr("The roles of %1 were changed.").arg(login) << '\n';
    }
    return 0;
}

} // namespace

int runUser(CliContext& context)
{
    if (context.arguments.isEmpty())
        throw UsageError(
            UserText::tr("Missing the user command: add, list, passwd, disable, enable, "
                         "remove, roles or reset."));
    const QString action = context.arguments.takeFirst();
    if (action == QLatin1String("add"))
        return addUser(
            context,
            CliArguments(
                context.arguments,
                withVaultOptions({QStringLiteral("role"), QStringLiteral("display-name"),
                                  QStringLiteral("kdf"), QStringLiteral("new-passphrase-fd")})));
    if (action == QLatin1String("list"))
        return listUsers(
            context, CliArguments(context.arguments, withVaultOptions({QStringLiteral("format")})));
    if (action == QLatin1String("passwd"))
        return changePassphrase(
            context, CliArguments(context.arguments,
                                  withVaultOptions({QStringLiteral("kdf"),
                                                    QStringLiteral("new-passphrase-fd")})));
    if (action == QLatin1String("reset"))
        return resetWithRecoveryKey(
            context, CliArguments(context.arguments,
                                  {QStringLiteral("kdf"), QStringLiteral("recovery-key-fd"),
                                   QStringLiteral("new-passphrase-fd")}));
    if (action == QLatin1String("disable") || action == QLatin1String("enable") ||
        action == QLatin1String("remove"))
        return changeUser(context, CliArguments(context.arguments, vaultOptions()), action);
    if (action == QLatin1String("roles"))
        return changeUser(
            context, CliArguments(context.arguments, withVaultOptions({QStringLiteral("role")})),
            action);
    throw UsageError(UserText::tr("Unknown user command \"%1\".").arg(action));
}

int runRotateKey(CliContext& context)
{
    const CliArguments arguments(context.arguments, vaultOptions());
    const QString directory = arguments.positional(0, UserText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    auto session = context.openVault(directory, arguments);
    UserAdministration(*session).rotateMasterKey();
    context.out << UserText::tr(
                       "The master key was rotated; every remaining key slot opens the vault "
                       "with the new key.")
                << '\n';
    return 0;
}

} // namespace cli
} // namespace amparo
