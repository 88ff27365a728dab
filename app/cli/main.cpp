// amparo-cli: the headless face of Amparo for scripts and administrators.
// The command surface is a contract (PRODUCT §7); see `amparo-cli --help`.

#include "CliArguments.h"
#include "CliContext.h"
#include "commands/Commands.h"
#include "i18n/Translations.h"
#include "util/Error.h"
#include "version/BuildInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Main)
};

QString usage()
{
    return MainText::tr(
        "Usage: amparo-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  init VAULT --admin NAME [--display-name TEXT] [--kdf interactive|moderate|sensitive]\n"
        "  user add VAULT --user ADMIN NAME --role ROLE[,ROLE...] [--display-name TEXT] [--kdf "
        "...]\n"
        "  user list VAULT --user U [--format table|csv|json]\n"
        "  user passwd VAULT --user U [--kdf ...]\n"
        "  user disable|enable|remove VAULT --user ADMIN NAME\n"
        "  user roles VAULT --user ADMIN NAME --role ROLE[,ROLE...]\n"
        "  user reset VAULT NAME            (with the recovery key)\n"
        "  rotate-key VAULT --user ADMIN\n"
        "  verify VAULT --user U            (database integrity and audit chain)\n"
        "  info VAULT --user U              (versions, schema, users; no secrets)\n"
        "  import VAULT --user U --kind people|cases FILE.csv [--dry-run]\n"
        "                                   (all rows or none; --dry-run lists every problem)\n"
        "  export-csv VAULT --user U --kind cases|people|grants|disbursements --out FILE\n"
        "  export-pdf VAULT --user U --case REF --out FILE [--redaction internal|partner|public]\n"
        "        [--lang en|fr|es|ru|ar]    (case summary; default internal, English)\n"
        "  demo VAULT --user ADMIN [--cases N] [--seed S] [--kdf ...]\n"
        "                                   (fills a new vault with synthetic data and users\n"
        "                                   caseworker, caseworker2, fundmanager, finance,\n"
        "                                   auditor; default 300 cases, seed 1; their passphrase\n"
        "                                   is AMPARO_DEMO_PASSPHRASE or generated and printed;\n"
        "                                   their --kdf is interactive unless given)\n"
        "  cases VAULT --user U [--search TEXT] [--status S[,S...]] [--programme P]\n"
        "        [--country CC] [--priority P] [--limit N] [--format table|csv|json]\n"
        "                                   (newest first; the table shows 50 unless --limit,\n"
        "                                   csv and json every match)\n"
        "  fund add VAULT --user ADMIN --code CODE --name TEXT --currency C [--budget X]\n"
        "        [--threshold X] [--countries CC,...] [--programmes P,...]\n"
        "        [--assistance-types T,...] [--donors NAME,...]\n"
        "  fund contribute VAULT --user U --fund CODE --amount X --currency C [--rate R]\n"
        "        [--date D] [--donor NAME] [--reference TEXT]\n"
        "  funds VAULT --user U [--at YYYY-MM-DD] [--format table|csv|json]\n"
        "                                   (received, committed, disbursed, available)\n"
        "  grant request VAULT --user U --case REF --fund CODE --amount X --currency C\n"
        "        --purpose TEXT [--assistance ID] [--justification TEXT] [--draft]\n"
        "                                   (prints the grant reference)\n"
        "  grant submit|show VAULT --user U GRANT\n"
        "  grant approve VAULT --user U GRANT [--amount X] [--comment TEXT]\n"
        "  grant reject|return|cancel VAULT --user U GRANT --comment TEXT\n"
        "  grant close|finish|justify VAULT --user U GRANT [--comment TEXT]\n"
        "  grant authorise-overcommit VAULT --user ADMIN GRANT --comment TEXT\n"
        "  grant disburse|refund VAULT --user U GRANT --amount X --currency C [--rate R]\n"
        "        [--date D] [--note TEXT]   (--rate: how many C one unit of the fund's\n"
        "                                   currency buys; prints the disbursement number)\n"
        "  grant receipt VAULT --user U GRANT --disbursement N --file FILE\n"
        "  grants VAULT --user U [--status S[,S...]] [--fund CODE] [--format table|csv|json]\n"
        "  ledger balance VAULT --user U [--fund CODE] [--at YYYY-MM-DD] [--format ...]\n"
        "  ledger journal VAULT --user U --out FILE      (hledger/ledger format)\n"
        "  ledger transactions VAULT --user U [--limit N] [--format ...]\n"
        "  ledger report VAULT --user U --by country|assistance|month|fund [--from D]\n"
        "        [--to D] [--format ...]\n"
        "  ledger overdue VAULT --user U [--at D] [--format ...]   (receipts overdue)\n"
        "  ledger lock VAULT --user U --through YYYY-MM-DD --reason TEXT\n"
        "  ledger reverse VAULT --user U TRANSACTION --reason TEXT [--date D]\n"
        "  backup VAULT --user ADMIN --out FILE   (encrypted, verified after writing)\n"
        "  restore FILE VAULT               (into a new folder; same passphrases)\n"
        "  bench [--cases N] [--postings N] [--repetitions N] [--vault DIR]\n"
        "        [--format table|csv|json]  (performance figures on a scaled vault of\n"
        "                                   synthetic data, built once and reused; its users'\n"
        "                                   passphrase as for --user; see PERFORMANCE.md)\n"
        "\n"
        "Roles: admin, caseworker, fund_manager, finance, auditor.\n"
        "\n"
        "Secrets never come from arguments (they would show in `ps`):\n"
        "  passphrase of --user (or of the new administrator for init):\n"
        "      AMPARO_PASSPHRASE or --passphrase-fd N\n"
        "  a new passphrase: AMPARO_NEW_PASSPHRASE or --new-passphrase-fd N\n"
        "  the recovery key: AMPARO_RECOVERY_KEY or --recovery-key-fd N\n"
        "  otherwise they are asked for on the terminal, without echo.\n"
        "\n"
        "Exit status: 0 success, 1 refused or failed (with a one-line reason), 2 usage error.\n");
}

// Qt 6.4 warns on stderr when XDG_RUNTIME_DIR is not set (cron jobs,
// containers) as a QGuiApplication starts; export-pdf does not use that
// folder, and its stderr keeps to one line of reason when it fails.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context,
                              const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::fputs(qPrintable(qFormatLogMessage(type, context, message) + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char* argv[])
{
    // Only the PDF export (and the benchmark, which measures it) lays out text, which needs Qt Gui
    // (fonts); it needs no display, so it runs on the offscreen platform unless told otherwise.
    // Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && (qstrcmp(argv[1], "export-pdf") == 0 || qstrcmp(argv[1], "bench") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(withoutRuntimeDirWarning);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("amparo-cli"));
    QCoreApplication::setApplicationVersion(amparo::amparoVersion());
    amparo::Translations translations;
    translations.use(amparo::Translations::systemLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (command == QLatin1String("--version")) {
        out << "amparo-cli " << amparo::amparoVersion() << '\n';
        return 0;
    }

    using Runner = std::function<int(amparo::cli::CliContext&)>;
    const std::map<QString, Runner> commands = {
        {QStringLiteral("init"), amparo::cli::runInit},
        {QStringLiteral("user"), amparo::cli::runUser},
        {QStringLiteral("verify"), amparo::cli::runVerify},
        {QStringLiteral("info"), amparo::cli::runInfo},
        {QStringLiteral("rotate-key"), amparo::cli::runRotateKey},
        {QStringLiteral("import"), amparo::cli::runImport},
        {QStringLiteral("export-csv"), amparo::cli::runExportCsv},
        {QStringLiteral("export-pdf"), amparo::cli::runExportPdf},
        {QStringLiteral("demo"), amparo::cli::runDemo},
        {QStringLiteral("cases"), amparo::cli::runCases},
        {QStringLiteral("fund"), amparo::cli::runFund},
        {QStringLiteral("funds"), amparo::cli::runFunds},
        {QStringLiteral("grant"), amparo::cli::runGrant},
        {QStringLiteral("grants"), amparo::cli::runGrants},
        {QStringLiteral("ledger"), amparo::cli::runLedger},
        {QStringLiteral("backup"), amparo::cli::runBackup},
        {QStringLiteral("restore"), amparo::cli::runRestore},
        {QStringLiteral("bench"), amparo::cli::runBench},
    };
    amparo::cli::CliContext context{arguments, out, err};
    try {
        const auto found = commands.find(command);
        if (found == commands.end())
            throw amparo::cli::UsageError(MainText::tr("Unknown command \"%1\".").arg(command));
        return found->second(context);
    } catch (const amparo::cli::UsageError& error) {
        out.flush();
        err << "amparo-cli: " << error.message() << '\n'
            << MainText::tr("Run \"amparo-cli --help\" for the commands and their options.")
            << '\n';
        return 2;
    } catch (const amparo::Error& error) {
        out.flush();
        // One line: scripts read the reason from stderr.
        err << "amparo-cli: "
            << QString(error.message()).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        return 1;
    } catch (const std::exception& error) {
        out.flush();
        err << "amparo-cli: "
            << MainText::tr("unexpected error: %1").arg(QString::fromLocal8Bit(error.what()))
            << '\n';
        return 1;
    }
}
