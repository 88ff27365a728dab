// Issue 10, as a script drives Amparo: after init, import, search and export
// by amparo-cli, the vault folder, the temporary folder and the settings,
// cache and data folders hold none of the sensitive text imported.

#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using amparo::test::CliResult;
using amparo::test::runAmparoCli;

namespace {

const QString kName = QStringLiteral("Zubeida Qarmatova");
const QString kNotes = QStringLiteral("Hid in the obsidianwood mill");
const QString kTitle = QStringLiteral("Disappearance near Vellmarsh quarry");
const QString kNarrative = QStringLiteral("Last seen by a lanternfish seller");

// amparo-cli with its temporary, home, settings, cache and data folders in `root`.
struct ConfinedCli
{
    ConfinedCli() : root(folder.path(QStringLiteral("session")))
    {
        QDir().mkpath(root + QStringLiteral("/outside"));
        for (const auto& [variable, name] :
             {std::pair{"TMPDIR", "tmp"}, std::pair{"HOME", "home"},
              std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_CACHE_HOME", "cache"},
              std::pair{"XDG_DATA_HOME", "data"}, std::pair{"XDG_RUNTIME_DIR", "runtime"}}) {
            const QString path = root + QLatin1Char('/') + QLatin1String(name);
            QDir().mkpath(path);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            environment.insert(QString::fromLatin1(variable), path);
            scanned << path;
        }
        scanned << root + QStringLiteral("/vault");
    }

    CliResult run(const QString& login, const QStringList& arguments,
                  const QString& newPassphrase = {})
    {
        QMap<QString, QString> env = environment;
        env.insert(QStringLiteral("AMPARO_PASSPHRASE"), login + QStringLiteral(" passphrase"));
        if (!newPassphrase.isEmpty())
            env.insert(QStringLiteral("AMPARO_NEW_PASSPHRASE"), newPassphrase);
        const CliResult result = runAmparoCli(arguments, env);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.err.toStdString());
        CHECK(result.exitCode == 0);
        return result;
    }

    QString outside(const char* name) const
    {
        return root + QStringLiteral("/outside/") + QString::fromLatin1(name);
    }

    amparo::test::TempFolder folder;
    QString root;
    QMap<QString, QString> environment;
    QStringList scanned;
};

} // namespace

TEST_CASE("a command-line session leaves no sensitive text in the vault or the temporary "
          "and settings folders")
{
    ConfinedCli cli;
    const QString vault = cli.root + QStringLiteral("/vault");
    const QString kdf[] = {QStringLiteral("--kdf"), QStringLiteral("interactive")};
    cli.run(QStringLiteral("ana"), {QStringLiteral("init"), vault, QStringLiteral("--admin"),
                                    QStringLiteral("ana"), kdf[0], kdf[1]});
    cli.run(QStringLiteral("ana"),
            {QStringLiteral("user"), QStringLiteral("add"), vault, QStringLiteral("--user"),
             QStringLiteral("ana"), QStringLiteral("bea"), QStringLiteral("--role"),
             QStringLiteral("caseworker"), kdf[0], kdf[1]},
            QStringLiteral("bea passphrase"));
    // The spreadsheets come from a folder the user chose (not scanned).
    amparo::test::writeAll(cli.outside("people") + QStringLiteral(".csv"),
                           (QStringLiteral("external_id,full_name,roles,notes\r\nEXT-1,") + kName +
                            QStringLiteral(",victim,") + kNotes + QStringLiteral("\r\n"))
                               .toUtf8());
    amparo::test::writeAll(cli.outside("cases") + QStringLiteral(".csv"),
                           (QStringLiteral("external_id,title,programme,country,summary,victims\r\n"
                                           "C-1,") +
                            kTitle + QStringLiteral(",defenders,PH,") + kNarrative +
                            QStringLiteral(",EXT-1\r\n"))
                               .toUtf8());
    const QStringList asBea = {vault, QStringLiteral("--user"), QStringLiteral("bea")};
    for (const char* kind : {"people", "cases"})
        cli.run(QStringLiteral("bea"),
                QStringList{QStringLiteral("import")} + asBea +
                    QStringList{QStringLiteral("--kind"), QString::fromLatin1(kind),
                                cli.outside(kind) + QStringLiteral(".csv")});
    const CliResult found =
        cli.run(QStringLiteral("bea"),
                QStringList{QStringLiteral("cases")} + asBea +
                    QStringList{QStringLiteral("--search"), QStringLiteral("qarmatova")});
    CHECK(found.out.contains(kTitle));
    cli.run(QStringLiteral("bea"),
            QStringList{QStringLiteral("export-csv")} + asBea +
                QStringList{QStringLiteral("--kind"), QStringLiteral("people"),
                            QStringLiteral("--out"),
                            cli.outside("export") + QStringLiteral(".csv")});

    REQUIRE(QFile::exists(vault + QStringLiteral("/vault.db")));
    for (const QString& folder : cli.scanned) {
        const QStringList leaks =
            amparo::test::plaintextLeaksUnder(folder, {kName, kNotes, kTitle, kNarrative});
        INFO(leaks.join(QLatin1Char('\n')).toStdString());
        CHECK(leaks.isEmpty());
    }
    // The scan does find what is there: the export went outside on purpose.
    CHECK(amparo::test::plaintextLeaksUnder(cli.root + QStringLiteral("/outside"),
                                            {kName, kNotes, kTitle, kNarrative})
              .contains(cli.outside("export") + QStringLiteral(".csv") + QStringLiteral(": ") +
                        kName));
}
