#include "CliContext.h"
#include "Passphrase.h"
#include "commands/Commands.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct InitText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Init)
};

} // namespace

KdfParams kdfFromOption(const CliArguments& arguments)
{
    const QString name = arguments.value(QStringLiteral("kdf"), QStringLiteral("moderate"));
    const auto profile = parseKdfProfile(name);
    if (!profile)
        throw UsageError(
            InitText::tr("Unknown --kdf \"%1\"; use interactive, moderate or sensitive.")
                .arg(name));
    return KdfParams::forProfile(*profile);
}

int runInit(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 {QStringLiteral("admin"), QStringLiteral("display-name"),
                                  QStringLiteral("kdf"), QStringLiteral("passphrase-fd")});
    const QString directory = arguments.positional(0, InitText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    NewVault request;
    request.directory = directory;
    request.adminLogin = arguments.required(QStringLiteral("admin"));
    request.adminDisplayName = arguments.value(QStringLiteral("display-name"));
    request.kdf = kdfFromOption(arguments);
    // The new administrator's passphrase comes from AMPARO_PASSPHRASE (PRODUCT §7).
    request.passphrase =
        readSecret(SecretKind::Passphrase, arguments,
                   InitText::tr("New passphrase for %1: ").arg(request.adminLogin));
    CreatedVault created = Vault::create(std::move(request), Clock::system());

    context.out << InitText::tr("Created the vault %1 with the administrator %2.")
                       .arg(created.session->layout().directory, created.session->user().login)
                << "\n\n"
                << InitText::tr("Recovery key — shown only now. Print it or write it down and keep "
                                "it somewhere safe, away from this computer. It opens the vault if "
                                "every passphrase is lost.")
                << "\n\n    "
                << QString::fromLatin1(created.recoveryKey.chars(),
                                       static_cast<qsizetype>(created.recoveryKey.size()))
                << "\n\n";
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
