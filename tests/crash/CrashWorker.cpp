// amparo-crash-worker <vault folder> <seed> <run>
//
// The child of the crash test: opens an existing vault as the users of
// CrashWorkload and writes to it until it is killed. Passphrases come from
// the environment (AMPARO_CRASH_PASSPHRASE_<LOGIN>), never from arguments.
// Each line on stdout is one write(2), made after the act it reports has
// committed, so the parent never reads of an act that did not happen.

#include "CrashWorkload.h"
#include "util/Error.h"
#include "vault/Kdf.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

using namespace amparo;

// Unbuffered: once write(2) returns, the line is the parent's even if we die
// on the next instruction. A line is far below PIPE_BUF, so it arrives whole.
void writeLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written,
                                  static_cast<std::size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            std::_Exit(3); // the test is gone
        written += n;
    }
}

// Reads and scrubs AMPARO_CRASH_PASSPHRASE_<LOGIN>, as amparo-cli does with
// AMPARO_PASSPHRASE.
SecureBytes takePassphrase(const char* login)
{
    const QByteArray name = "AMPARO_CRASH_PASSPHRASE_" + QByteArray(login).toUpper();
    char* value = std::getenv(name.constData());
    if (!value)
        throw Error(ErrorKind::Invalid,
                    QStringLiteral("%1 is not set").arg(QString::fromLatin1(name)));
    QByteArray secret(value);
    std::memset(value, 0, std::strlen(value));
    ::unsetenv(name.constData());
    return passphraseFromUtf8(std::move(secret));
}

} // namespace

int main(int argc, char* argv[])
{
    // Never outlive the test, whatever happens to it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: amparo-crash-worker <vault folder> <seed> <run>\n", stderr);
        return 2;
    }
    try {
        const QString directory = arguments.at(1);
        std::map<QString, SecureBytes> passphrases;
        for (const char* login :
             {test::kCaseworker, test::kFirstApprover, test::kSecondApprover, test::kFinance})
            passphrases[QString::fromLatin1(login)] = takePassphrase(login);
        const auto login = [&](const QString& name, const Clock& clock) {
            return Vault::open(directory, name, passphrases.at(name), clock);
        };
        test::CrashWorkload workload(login, arguments.at(2).toULongLong(), arguments.at(3).toInt(),
                                     writeLine);
        workload.runForever();
    } catch (const Error& error) {
        std::fprintf(stderr, "amparo-crash-worker: %s\n", error.message().toUtf8().constData());
        return 1;
    }
}
