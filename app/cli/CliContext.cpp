#include "CliContext.h"

#include "Passphrase.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct ContextText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Context)
};

} // namespace

QStringList vaultOptions()
{
    return {QStringLiteral("user"), QStringLiteral("passphrase-fd")};
}

std::unique_ptr<Session> CliContext::openVault(const QString& vaultDirectory,
                                               const CliArguments& parsed)
{
    const QString login = parsed.required(QStringLiteral("user"));
    const SecureBytes passphrase = readSecret(SecretKind::Passphrase, parsed,
                                              ContextText::tr("Passphrase for %1: ").arg(login));
    auto session = Vault::open(vaultDirectory, login, passphrase, Clock::system());
    if (const int failures = session->failedAttemptsBeforeLogin(); failures > 0)
        err << ContextText::tr("Warning: %n failed attempt(s) to open this account since its last "
                               "login.",
                               nullptr, failures)
            << '\n';
    if (!session->keySlotWarning().isEmpty())
        err << ContextText::tr("Warning: %1 The vault was opened with the backup copy, which has "
                               "been restored.")
                   .arg(session->keySlotWarning())
            << '\n';
    err.flush();
    return session;
}

} // namespace cli
} // namespace amparo
