#pragma once

#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace amparo {
namespace test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real amparo-cli binary as a script would, with only the secrets
// given in `environment`.
inline CliResult runAmparoCli(const QStringList& arguments,
                              const QMap<QString, QString>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"AMPARO_PASSPHRASE", "AMPARO_NEW_PASSPHRASE", "AMPARO_RECOVERY_KEY",
                             "AMPARO_DEMO_PASSPHRASE"})
        env.remove(QString::fromLatin1(name));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AMPARO_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace test
} // namespace amparo
