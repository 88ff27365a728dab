#include "Passphrase.h"

#include "CliArguments.h"
#include "util/Error.h"
#include "vault/Kdf.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace amparo {
namespace cli {
namespace {

struct SecretText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::cli::Passphrase)
};

constexpr qsizetype kMaxSecretBytes = 4096;

struct Source
{
    const char* environment;
    QString fdOption;
};

Source sourceOf(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Passphrase:
        return {"AMPARO_PASSPHRASE", QStringLiteral("passphrase-fd")};
    case SecretKind::NewPassphrase:
        return {"AMPARO_NEW_PASSPHRASE", QStringLiteral("new-passphrase-fd")};
    case SecretKind::RecoveryKey:
        return {"AMPARO_RECOVERY_KEY", QStringLiteral("recovery-key-fd")};
    }
    return {};
}

// One line (or everything up to end of file) from `fd`, without its newline.
QByteArray readLine(int fd, const QString& origin)
{
    QByteArray line;
    line.reserve(kMaxSecretBytes + 1); // no reallocation leaves copies behind
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw UsageError(SecretText::tr("Cannot read the secret from %1: %2.")
                                 .arg(origin, QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0 || c == '\n')
            break;
        line.append(c);
        if (line.size() > kMaxSecretBytes)
            throw UsageError(SecretText::tr("The secret read from %1 is too long.").arg(origin));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray promptWithoutEcho(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line = readLine(STDIN_FILENO, SecretText::tr("the terminal"));
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return line;
}

QByteArray rawSecret(SecretKind kind, const CliArguments& arguments, const QString& prompt)
{
    const Source source = sourceOf(kind);
    if (arguments.has(source.fdOption)) {
        bool ok = false;
        const int fd = arguments.value(source.fdOption).toInt(&ok);
        if (!ok || fd < 0)
            throw UsageError(
                SecretText::tr("--%1 needs a file descriptor number.").arg(source.fdOption));
        return readLine(fd, QStringLiteral("--%1 %2").arg(source.fdOption).arg(fd));
    }
    if (char* value = std::getenv(source.environment)) {
        QByteArray secret(value);
        // Scrub the copy the environment block holds, then drop the variable.
        std::memset(value, 0, std::strlen(value));
        ::unsetenv(source.environment);
        return secret;
    }
    if (::isatty(STDIN_FILENO)) {
        QByteArray secret = promptWithoutEcho(prompt);
        if (kind == SecretKind::NewPassphrase) {
            QByteArray again = promptWithoutEcho(SecretText::tr("Repeat the new passphrase: "));
            const bool same = secret == again;
            wipe(again);
            if (!same) {
                wipe(secret);
                throw Error(ErrorKind::Invalid, SecretText::tr("The two passphrases differ."));
            }
        }
        return secret;
    }
    throw UsageError(SecretText::tr("No secret given: set %1 or use --%2 N.")
                         .arg(QLatin1String(source.environment), source.fdOption));
}

} // namespace

SecureBytes readSecret(SecretKind kind, const CliArguments& arguments, const QString& prompt)
{
    QByteArray raw = rawSecret(kind, arguments, prompt);
    if (kind == SecretKind::RecoveryKey)
        return SecureBytes::takeFrom(raw);
    return passphraseFromUtf8(std::move(raw));
}

} // namespace cli
} // namespace amparo
