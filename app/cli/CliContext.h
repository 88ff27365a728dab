#pragma once

#include "CliArguments.h"

#include <QTextStream>
#include <memory>

namespace amparo {
class Session;
}

namespace amparo {
namespace cli {

// What every command gets: its arguments and the two output streams.
struct CliContext
{
    QStringList arguments; // after the command (and sub-command) name
    QTextStream& out;
    QTextStream& err;

    // Opens `vaultDirectory` as the user of --user with the passphrase from
    // the environment or --passphrase-fd, and tells that user on stderr about
    // failed attempts since their last login.
    std::unique_ptr<Session> openVault(const QString& vaultDirectory, const CliArguments& parsed);
};

// Options every command that opens a vault accepts.
QStringList vaultOptions();

} // namespace cli
} // namespace amparo
