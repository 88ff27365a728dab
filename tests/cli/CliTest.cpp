#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real amparo-cli binary, as a script would.
Result cli(const QStringList& arguments, const QMap<QString, QString>& environment = {},
           const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AMPARO_PASSPHRASE"));
    env.remove(QStringLiteral("AMPARO_NEW_PASSPHRASE"));
    env.remove(QStringLiteral("AMPARO_RECOVERY_KEY"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AMPARO_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kPassphrase = QStringLiteral("Sé fuerte, هادئ");

QMap<QString, QString> as(const QString& passphrase)
{
    return {{QStringLiteral("AMPARO_PASSPHRASE"), passphrase}};
}

QString initVault(const amparo::test::TempFolder& folder)
{
    const QString vault = folder.path(QStringLiteral("v"));
    const Result result =
        cli({QStringLiteral("init"), vault, QStringLiteral("--admin"), QStringLiteral("ana"),
             QStringLiteral("--kdf"), QStringLiteral("interactive")},
            as(kPassphrase));
    REQUIRE(result.exitCode == 0);
    return vault;
}

QString recoveryKeyIn(const QString& output)
{
    const auto match =
        QRegularExpression(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}")).match(output);
    return match.captured(0);
}

} // namespace

TEST_CASE("init creates a vault and prints its recovery key and verify then succeeds")
{
    amparo::test::TempFolder folder;
    const QString vault = folder.path(QStringLiteral("v"));
    const Result init = cli({QStringLiteral("init"), vault, QStringLiteral("--admin"),
                             QStringLiteral("anastasia.quispe"), QStringLiteral("--kdf"),
                             QStringLiteral("interactive")},
                            as(kPassphrase));
    CHECK(init.exitCode == 0);
    CHECK_FALSE(recoveryKeyIn(init.out).isEmpty());
    CHECK(init.out.contains(QStringLiteral("shown only now")));

    const Result verify = cli({QStringLiteral("verify"), vault, QStringLiteral("--user"),
                               QStringLiteral("anastasia.quispe")},
                              as(kPassphrase));
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("database integrity: ok")));
    CHECK(verify.out.contains(QStringLiteral("audit trail: ok")));

    for (const QString& file : amparo::test::filesIn(vault)) {
        const QByteArray bytes = amparo::test::readAll(file);
        CHECK_FALSE(bytes.contains("SQLite format 3"));
        // A name long enough that random ciphertext never contains it by chance.
        CHECK_FALSE(bytes.contains("anastasia"));
    }
}

TEST_CASE("a wrong passphrase exits 1 with a one-line reason")
{
    amparo::test::TempFolder folder;
    const QString vault = initVault(folder);
    const Result result =
        cli({QStringLiteral("verify"), vault, QStringLiteral("--user"), QStringLiteral("ana")},
            as(QStringLiteral("not the passphrase")));
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(result.err.contains(QStringLiteral("Wrong user name or passphrase")));
}

TEST_CASE("the next login reports failed attempts in correct English")
{
    amparo::test::TempFolder folder;
    const QString vault = initVault(folder);
    const QStringList verify = {QStringLiteral("verify"), vault, QStringLiteral("--user"),
                                QStringLiteral("ana")};
    REQUIRE(cli(verify, as(QStringLiteral("a wrong guess"))).exitCode == 1);
    const Result next = cli(verify, as(kPassphrase));
    CHECK(next.exitCode == 0);
    CHECK(next.err.contains(QStringLiteral("Warning: 1 failed attempt to open this account")));
    CHECK_FALSE(next.err.contains(QStringLiteral("(s)")));
}

TEST_CASE("usage mistakes exit 2 and say what is wrong")
{
    amparo::test::TempFolder folder;
    const Result unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));

    const Result missingAdmin =
        cli({QStringLiteral("init"), folder.path(QStringLiteral("v"))}, as(kPassphrase));
    CHECK(missingAdmin.exitCode == 2);
    CHECK(missingAdmin.err.contains(QStringLiteral("Missing --admin")));

    const Result misspelt = cli({QStringLiteral("init"), folder.path(QStringLiteral("v")),
                                 QStringLiteral("--admn"), QStringLiteral("ana")},
                                as(kPassphrase));
    CHECK(misspelt.exitCode == 2);
    CHECK(misspelt.err.contains(QStringLiteral("Unknown option --admn")));
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("v"))));
}

TEST_CASE("without a passphrase source the command says where a passphrase can come from")
{
    amparo::test::TempFolder folder;
    const Result result = cli({QStringLiteral("init"), folder.path(QStringLiteral("v")),
                               QStringLiteral("--admin"), QStringLiteral("ana")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("AMPARO_PASSPHRASE")));
}

TEST_CASE("the passphrase can come from a file descriptor instead of the environment")
{
    amparo::test::TempFolder folder;
    const QString vault = initVault(folder);
    const Result result =
        cli({QStringLiteral("verify"), vault, QStringLiteral("--user"), QStringLiteral("ana"),
             QStringLiteral("--passphrase-fd"), QStringLiteral("0")},
            {}, kPassphrase.toUtf8() + '\n');
    CHECK(result.exitCode == 0);
}

TEST_CASE("an administrator adds a user who can then open the vault but others cannot add users")
{
    amparo::test::TempFolder folder;
    const QString vault = initVault(folder);
    QMap<QString, QString> env = as(kPassphrase);
    env.insert(QStringLiteral("AMPARO_NEW_PASSPHRASE"), QStringLiteral("Юлия пароль"));
    const Result add =
        cli({QStringLiteral("user"), QStringLiteral("add"), vault, QStringLiteral("--user"),
             QStringLiteral("ana"), QStringLiteral("yulia"), QStringLiteral("--role"),
             QStringLiteral("caseworker,auditor"), QStringLiteral("--kdf"),
             QStringLiteral("interactive")},
            env);
    REQUIRE(add.exitCode == 0);

    const Result list =
        cli({QStringLiteral("user"), QStringLiteral("list"), vault, QStringLiteral("--user"),
             QStringLiteral("yulia"), QStringLiteral("--format"), QStringLiteral("csv")},
            as(QStringLiteral("Юлия пароль")));
    CHECK(list.exitCode == 0);
    CHECK(list.out.startsWith(QStringLiteral("login,display_name,roles,status,last_login\n")));
    CHECK(list.out.contains(QStringLiteral("yulia,yulia,\"caseworker,auditor\",active,")));

    QMap<QString, QString> yuliaAdds = as(QStringLiteral("Юлия пароль"));
    yuliaAdds.insert(QStringLiteral("AMPARO_NEW_PASSPHRASE"), QStringLiteral("another one here"));
    const Result refused =
        cli({QStringLiteral("user"), QStringLiteral("add"), vault, QStringLiteral("--user"),
             QStringLiteral("yulia"), QStringLiteral("mallory"), QStringLiteral("--role"),
             QStringLiteral("admin"), QStringLiteral("--kdf"), QStringLiteral("interactive")},
            yuliaAdds);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not allowed to manage users")));
}

TEST_CASE("a forgotten passphrase is reset with the recovery key from the environment")
{
    amparo::test::TempFolder folder;
    const QString vault = folder.path(QStringLiteral("v"));
    const Result init =
        cli({QStringLiteral("init"), vault, QStringLiteral("--admin"), QStringLiteral("ana"),
             QStringLiteral("--kdf"), QStringLiteral("interactive")},
            as(kPassphrase));
    REQUIRE(init.exitCode == 0);
    const Result reset =
        cli({QStringLiteral("user"), QStringLiteral("reset"), vault, QStringLiteral("ana"),
             QStringLiteral("--kdf"), QStringLiteral("interactive")},
            {{QStringLiteral("AMPARO_RECOVERY_KEY"), recoveryKeyIn(init.out)},
             {QStringLiteral("AMPARO_NEW_PASSPHRASE"), QStringLiteral("remembered now")}});
    CHECK(reset.exitCode == 0);
    CHECK(cli({QStringLiteral("verify"), vault, QStringLiteral("--user"), QStringLiteral("ana")},
              as(QStringLiteral("remembered now")))
              .exitCode == 0);
}

TEST_CASE("info reports versions and counts and nothing secret")
{
    amparo::test::TempFolder folder;
    const QString vault = initVault(folder);
    const Result info =
        cli({QStringLiteral("info"), vault, QStringLiteral("--user"), QStringLiteral("ana")},
            as(kPassphrase));
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("SQLCipher: 3.4.1")));
    CHECK(info.out.contains(QStringLiteral("Schema version:")));
    CHECK(info.out.contains(QStringLiteral("Active users: 1")));
    CHECK_FALSE(info.out.contains(kPassphrase));
}

TEST_CASE("the version and the help answer without a vault")
{
    CHECK(cli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("amparo-cli ")));
    const Result help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("AMPARO_PASSPHRASE")));
}
