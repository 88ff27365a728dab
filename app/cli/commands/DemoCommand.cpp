#include "CliContext.h"
#include "commands/Commands.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoPassphrase.h"
#include "domain/Vocabulary.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace amparo {
namespace cli {
namespace {

struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Demo)
};

constexpr int kDefaultCases = 300;
constexpr int kProgressAbove = 1000; // cases; smaller runs finish before anyone looks

volatile std::sig_atomic_t g_interrupted = 0;

// The first Ctrl-C stops after the batch being written; a second one at once.
void onInterrupt(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL);
}

// AMPARO_DEMO_PASSPHRASE, scrubbed from the environment once read; empty when unset.
QString passphraseFromEnvironment()
{
    char* value = std::getenv("AMPARO_DEMO_PASSPHRASE");
    if (!value)
        return {};
    const QString passphrase = QString::fromUtf8(value);
    std::memset(value, 0, std::strlen(value));
    ::unsetenv("AMPARO_DEMO_PASSPHRASE");
    return passphrase;
}

int parseCount(const CliArguments& arguments)
{
    if (!arguments.has(QStringLiteral("cases")))
        return kDefaultCases;
    bool ok = false;
    const int cases = arguments.value(QStringLiteral("cases")).toInt(&ok);
    if (!ok || cases < 0 || cases > 1'000'000)
        throw UsageError(DemoText::tr("--cases needs a number from 0 to 1000000."));
    return cases;
}

quint64 parseSeed(const CliArguments& arguments)
{
    bool ok = false;
    const qulonglong seed =
        arguments.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok)
        throw UsageError(
            DemoText::tr("--seed needs a whole number from 0 to 18446744073709551615."));
    return seed;
}

void printUsers(QTextStream& out, const QString& generatedPassphrase)
{
    if (generatedPassphrase.isEmpty())
        out << DemoText::tr("Demo users (passphrase: the one in AMPARO_DEMO_PASSPHRASE):") << '\n';
    else
        out << DemoText::tr("Demo users (passphrase of each, shown only now: %1):")
                   .arg(generatedPassphrase)
            << '\n';
    for (const demo::DemoUser& user : demo::demoUsers())
        out << "  " << user.login.leftJustified(13)
            << user.roles.names().join(QLatin1Char(',')).leftJustified(14) << user.displayName
            << '\n';
}

void printSummary(QTextStream& out, const demo::DemoSummary& s)
{
    const std::pair<QString, int> lines[] = {
        {DemoText::tr("organisations"), s.organisations},
        {DemoText::tr("people"), s.people},
        {DemoText::tr("  flagged as possible duplicates"), s.possibleDuplicates},
        {DemoText::tr("consent decisions"), s.consents},
        {DemoText::tr("cases"), s.cases},
        {DemoText::tr("  restricted"), s.restrictedCases},
        {DemoText::tr("status changes"), s.transitions},
        {DemoText::tr("violations"), s.violations},
        {DemoText::tr("  with a medical record"), s.medicalRecords},
        {DemoText::tr("interventions"), s.interventions},
        {DemoText::tr("assistance"), s.assistance},
        {DemoText::tr("attachments"), s.attachments},
        {DemoText::tr("tasks"), s.tasks},
        {DemoText::tr("  overdue"), s.overdueTasks},
        {DemoText::tr("funds"), s.funds},
        {DemoText::tr("donor contributions"), s.contributions},
        {DemoText::tr("grants"), s.grants},
        {DemoText::tr("payments"), s.payments},
        {DemoText::tr("  reversed as mistaken"), s.reversals},
        {DemoText::tr("  with receipts overdue"), s.overdueReceipts},
        {DemoText::tr("refunds"), s.refunds},
        {DemoText::tr("receipts"), s.receipts},
    };
    for (const auto& [label, count] : lines)
        out << "  " << label.leftJustified(34) << count << '\n';
    QStringList statuses;
    for (const auto& [status, count] : s.casesByStatus)
        statuses
            << QStringLiteral("%1 %2").arg(termLabel(Vocabulary::CaseStatus, status)).arg(count);
    out << "  " << DemoText::tr("cases by status: %1").arg(statuses.join(QStringLiteral(", ")))
        << '\n';
    out << "  " << DemoText::tr("countries: %1").arg(s.casesByCountry.size()) << '\n';
    QStringList grantStatuses;
    for (const auto& [status, count] : s.grantsByStatus)
        grantStatuses
            << QStringLiteral("%1 %2").arg(termLabel(Vocabulary::GrantStatus, status)).arg(count);
    out << "  "
        << DemoText::tr("grants by status: %1").arg(grantStatuses.join(QStringLiteral(", ")))
        << '\n';
    out << "  " << DemoText::tr("payment currencies: %1").arg(s.paymentCurrencies) << '\n';
}

} // namespace

int runDemo(CliContext& context)
{
    const CliArguments arguments(context.arguments,
                                 vaultOptions() + QStringList{QStringLiteral("cases"),
                                                              QStringLiteral("seed"),
                                                              QStringLiteral("kdf")});
    const QString directory = arguments.positional(0, DemoText::tr("the vault folder"));
    arguments.requirePositionalCount(1);
    demo::DemoRequest request;
    request.cases = parseCount(arguments);
    request.seed = parseSeed(arguments);
    // The demo users' slots: quick to open unless asked otherwise.
    request.kdf = arguments.has(QStringLiteral("kdf"))
                      ? kdfFromOption(arguments)
                      : KdfParams::forProfile(KdfProfile::Interactive);
    QString generated;
    QString passphrase = passphraseFromEnvironment();
    if (passphrase.isEmpty())
        passphrase = generated = demo::generateDemoPassphrase();
    request.passphrase = passphraseFromText(passphrase);

    auto admin = context.openVault(directory, arguments);
    g_interrupted = 0;
    const auto previous = std::signal(SIGINT, onInterrupt);
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = request.cases > kProgressAbove;
    demo::DemoSummary summary;
    try {
        summary = demo::DemoGenerator(*admin, Clock::system())
                      .generate(request, [&](int done, int total) {
                          if (showProgress) {
                              const double seconds = double(timer.elapsed()) / 1000.0;
                              context.err << DemoText::tr("demo: %1 of %2 cases (%3 cases/s)")
                                                 .arg(done)
                                                 .arg(total)
                                                 .arg(seconds > 0 ? qRound(done / seconds) : 0)
                                          << '\n';
                              context.err.flush();
                          }
                          return g_interrupted == 0;
                      });
    } catch (...) {
        std::signal(SIGINT, previous);
        // Users created before the failure keep the passphrase only shown here.
        for (const auth::User& user : UserAdministration(*admin).users()) {
            if (user.login == demo::demoUsers().front().login) {
                printUsers(context.out, generated);
                context.out.flush();
            }
        }
        throw;
    }
    std::signal(SIGINT, previous);
    if (summary.cancelled)
        context.err << DemoText::tr("demo: stopped; the cases written so far are kept, whole.")
                    << '\n';
    const double seconds = double(timer.elapsed()) / 1000.0;
    context.out << (summary.cancelled
                        ? DemoText::tr("Stopped: %1 demo cases were written to %2 in %3 s (%4 "
                                       "cases/s).")
                        : DemoText::tr("Wrote %1 demo cases to %2 in %3 s (%4 cases/s)."))
                       .arg(summary.cases)
                       .arg(directory)
                       .arg(seconds, 0, 'f', 1)
                       .arg(seconds > 0 ? qRound(summary.cases / seconds) : 0)
                << "\n\n";
    printUsers(context.out, generated);
    context.out << '\n' << DemoText::tr("Created:") << '\n';
    printSummary(context.out, summary);
    context.out.flush();
    return summary.cancelled ? 1 : 0;
}

} // namespace cli
} // namespace amparo
