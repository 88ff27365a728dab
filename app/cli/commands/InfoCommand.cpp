#include "CliContext.h"
#include "auth/UserRepository.h"
#include "commands/Commands.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "vault/Session.h"
#include "version/BuildInfo.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct InfoText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Info)
};

} // namespace

int runInfo(CliContext& context)
{
    const CliArguments arguments(context.arguments, vaultOptions());
    const QString directory = arguments.positional(0, InfoText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    auto session = context.openVault(directory, arguments);
    db::Database& database = session->database();

    context.out
        << InfoText::tr("Amparo: %1").arg(amparoVersion()) << '\n'
        << InfoText::tr("SQLCipher: %1 (SQLite %2)").arg(database.cipherVersion(), sqliteVersion())
        << '\n'
        << InfoText::tr("libsodium: %1").arg(libsodiumVersion()) << '\n'
        << InfoText::tr("Qt: %1").arg(qtVersion()) << '\n'
        << InfoText::tr("Vault: %1").arg(session->layout().directory) << '\n'
        << InfoText::tr("Schema version: %1 (this Amparo: %2)")
               .arg(db::schemaVersion(database))
               .arg(db::latestSchemaVersion())
        << '\n'
        << InfoText::tr("Active users: %1").arg(auth::UserRepository(database).countActive())
        << '\n';
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
