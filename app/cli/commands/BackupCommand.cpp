#include "CliContext.h"
#include "backup/Backup.h"
#include "commands/Commands.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QLocale>

namespace amparo {
namespace cli {
namespace {

struct BackupCliText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Backup)
};

} // namespace

int runBackup(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 vaultOptions() + QStringList{QStringLiteral("out")});
    const QString directory = arguments.positional(0, BackupCliText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    const QString path = arguments.required(QStringLiteral("out"));
    auto session = context.openVault(directory, arguments);
    const BackupSummary written = writeBackup(*session, path);
    context.out << BackupCliText::tr("Backup written and verified: %1 (%2).")
                       .arg(written.path, QLocale().formattedDataSize(written.bytes))
                << '\n';
    context.out.flush();
    return 0;
}

int runRestore(CliContext& context)
{
    const CliArguments arguments(context.arguments, {});
    const QString file = arguments.positional(0, BackupCliText::tr("the backup file"));
    const QString directory = arguments.positional(1, BackupCliText::tr("the new vault folder"));
    arguments.requirePositionalCount(2);
    restoreBackup(file, directory);
    context.out << BackupCliText::tr("Vault restored to %1; it opens with the same user names and "
                                     "passphrases as the original.")
                       .arg(directory)
                << '\n';
    context.out.flush();
    return 0;
}

} // namespace cli
} // namespace amparo
