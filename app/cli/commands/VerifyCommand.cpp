#include "CliContext.h"
#include "audit/AuditAccess.h"
#include "auth/Permission.h"
#include "commands/Commands.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "ledger/Ledger.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace cli {
namespace {

struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Verify)
};

QStringList integrityProblems(db::Database& database)
{
    QStringList problems;
    db::Statement check = database.prepare("PRAGMA integrity_check");
    while (check.step()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    db::Statement foreignKeys = database.prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step())
        problems
            << VerifyText::tr("a row of %1 refers to a missing record").arg(foreignKeys.text(0));
    return problems;
}

} // namespace

int runVerify(CliContext& context)
{
    const CliArguments arguments(context.arguments, vaultOptions());
    const QString directory = arguments.positional(0, VerifyText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    auto session = context.openVault(directory, arguments);
    auth::requirePermission(session->user(), auth::Permission::ReadAuditTrail);

    bool ok = true;
    context.out
        << VerifyText::tr("encryption: SQLCipher %1").arg(session->database().cipherVersion())
        << '\n';

    const QStringList problems = integrityProblems(session->database());
    if (problems.isEmpty()) {
        context.out << VerifyText::tr("database integrity: ok") << '\n';
    } else {
        ok = false;
        context.out << VerifyText::tr("database integrity: %n problem(s)", nullptr,
                                      static_cast<int>(problems.size()))
                    << '\n';
        for (const QString& problem : problems)
            context.out << "  " << problem << '\n';
    }

    const Ledger ledger(*session);
    const QStringList ledgerProblems = ledger.problems();
    if (ledgerProblems.isEmpty()) {
        context.out << VerifyText::tr("ledger: ok, %n transaction(s), each balanced", nullptr,
                                      static_cast<int>(ledger.transactionCount()))
                    << '\n';
    } else {
        ok = false;
        context.out << VerifyText::tr("ledger: %n problem(s)", nullptr,
                                      static_cast<int>(ledgerProblems.size()))
                    << '\n';
        for (const QString& problem : ledgerProblems)
            context.out << "  " << problem << '\n';
    }

    const audit::ChainVerification chain = audit::verifyTrail(*session);
    if (chain.intact) {
        context.out << VerifyText::tr("audit trail: ok, %n entries, head %1", nullptr,
                                      static_cast<int>(chain.entries))
                           .arg(QString::fromLatin1(chain.headHash.toHex()))
                    << '\n';
    } else {
        ok = false;
        context.out << VerifyText::tr("audit trail: BROKEN — %1").arg(chain.problem) << '\n';
    }
    context.out.flush();
    if (!ok) {
        throw Error(ErrorKind::Corrupt,
                    !chain.intact ? chain.problem
                    : !ledgerProblems.isEmpty()
                        ? VerifyText::tr("Verification failed: the ledger has problems.")
                        : VerifyText::tr("Verification failed: the database has integrity "
                                         "problems."));
    }
    return 0;
}

} // namespace cli
} // namespace amparo
