// The manual page (resources/man/amparo-cli.1) against the sources of
// amparo-cli: a command, a user action, an option or a secret's variable added
// to the CLI without its entry in the page fails here, and so does a page
// that documents a command the CLI does not have.
//
// The page's convention: every command has a `.SS` heading under COMMANDS
// whose first word is its name (`user` actions: `.SS "user add ..."`), and
// every environment variable a `.TP` entry `.B NAME` under ENVIRONMENT.
// Names are written as roff writes them: a hyphen is `\-`.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace {

QString repositoryPath(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(AMPARO_TEST_DATA "/../..") + QLatin1Char('/') + relative);
}

QString readText(const QString& relative)
{
    QFile file(repositoryPath(relative));
    INFO(file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString manPage()
{
    return readText(QStringLiteral("resources/man/amparo-cli.1"));
}

// The first capture of every match of `pattern` in `text`, each once, in order.
QStringList captures(const QString& text, const QString& pattern)
{
    QStringList found;
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    REQUIRE(expression.isValid());
    for (const QRegularExpressionMatch& match : expression.globalMatch(text)) {
        if (!found.contains(match.captured(1)))
            found << match.captured(1);
    }
    return found;
}

QString roff(QString name)
{
    return name.replace(QLatin1String("-"), QLatin1String("\\-"));
}

QString plain(QString roffName)
{
    return roffName.replace(QLatin1String("\\-"), QLatin1String("-"));
}

// The text of the `.SH NAME` section, up to the next `.SH`.
QString section(const QString& page, const QString& name)
{
    const QRegularExpression heading(
        QStringLiteral("^\\.SH\\s+\"?%1\"?\\s*$").arg(QRegularExpression::escape(name)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = heading.match(page);
    INFO("section " << name.toStdString());
    REQUIRE(match.hasMatch());
    const qsizetype next = page.indexOf(QLatin1String("\n.SH"), match.capturedEnd());
    return page.mid(match.capturedEnd(), next < 0 ? -1 : next - match.capturedEnd());
}

// The `.SS` headings of COMMANDS, as plain text without fonts or quotes.
QStringList commandHeadings()
{
    QStringList headings;
    for (QString heading : captures(section(manPage(), QStringLiteral("COMMANDS")),
                                    QStringLiteral("^\\.SS\\s+(.*)$"))) {
        heading.remove(QRegularExpression(QStringLiteral("\\\\f[BIRP]")));
        heading.remove(QLatin1Char('"'));
        headings << plain(heading).simplified();
    }
    return headings;
}

QString firstWords(const QString& heading, int count)
{
    return heading.section(QLatin1Char(' '), 0, count - 1);
}

// The command map of main.cpp: `{QStringLiteral("name"), amparo::cli::runName},`.
QStringList commandNames()
{
    const QString source = readText(QStringLiteral("app/cli/main.cpp"));
    const QStringList names =
        captures(source, QStringLiteral("\\{\\s*QStringLiteral\\(\"([^\"]+)\"\\)\\s*,\\s*"
                                        "amparo::cli::run\\w+\\s*\\}"));
    // Every entry of the map, none missed because it is written differently.
    REQUIRE(names.size() == source.count(QStringLiteral("amparo::cli::run")));
    REQUIRE(names.contains(QStringLiteral("init")));
    return names;
}

// The files that read secrets and options: Passphrase.cpp, CliContext.cpp and
// every command.
QStringList cliSources()
{
    QStringList sources{readText(QStringLiteral("app/cli/Passphrase.cpp")),
                        readText(QStringLiteral("app/cli/CliContext.cpp"))};
    const QDir commands(repositoryPath(QStringLiteral("app/cli/commands")));
    const QStringList files = commands.entryList({QStringLiteral("*.cpp")}, QDir::Files);
    REQUIRE(files.size() >= 2);
    for (const QString& file : files)
        sources << readText(QStringLiteral("app/cli/commands/") + file);
    return sources;
}

} // namespace

TEST_CASE("the man page documents every command of the command map in main.cpp", "[man]")
{
    const QStringList headings = commandHeadings();
    for (const QString& command : commandNames()) {
        bool documented = false;
        for (const QString& heading : headings)
            documented = documented || firstWords(heading, 1) == command;
        INFO("the .SS heading under COMMANDS of " << command.toStdString());
        CHECK(documented);
    }
}

TEST_CASE("the man page documents no command that amparo-cli does not have", "[man]")
{
    const QStringList commands = commandNames();
    const QStringList headings = commandHeadings();
    REQUIRE(!headings.isEmpty());
    for (const QString& heading : headings) {
        INFO("heading " << heading.toStdString());
        CHECK(commands.contains(firstWords(heading, 1)));
    }
}

TEST_CASE("the man page documents every action of the user command", "[man]")
{
    const QStringList actions =
        captures(readText(QStringLiteral("app/cli/commands/UserCommand.cpp")),
                 QStringLiteral("action == QLatin1String\\(\"([a-z-]+)\"\\)"));
    REQUIRE(actions.contains(QStringLiteral("add")));
    REQUIRE(actions.contains(QStringLiteral("reset")));
    const QStringList headings = commandHeadings();
    for (const QString& action : actions) {
        const QString command = QStringLiteral("user ") + action;
        bool documented = false;
        for (const QString& heading : headings)
            documented = documented || firstWords(heading, 2) == command;
        INFO("the .SS heading under COMMANDS of " << command.toStdString());
        CHECK(documented);
    }
}

TEST_CASE("the man page lists every environment variable that amparo-cli reads", "[man]")
{
    const QStringList fromPassphrase = captures(readText(QStringLiteral("app/cli/Passphrase.cpp")),
                                                QStringLiteral("\"(AMPARO_\\w+)\""));
    REQUIRE(fromPassphrase.contains(QStringLiteral("AMPARO_PASSPHRASE")));
    REQUIRE(fromPassphrase.contains(QStringLiteral("AMPARO_NEW_PASSPHRASE")));
    REQUIRE(fromPassphrase.contains(QStringLiteral("AMPARO_RECOVERY_KEY")));
    QStringList variables;
    for (const QString& source : cliSources())
        variables << captures(source, QStringLiteral("\"(AMPARO_\\w+)\""));
    variables.removeDuplicates();

    const QString page = manPage();
    const QString environment = section(page, QStringLiteral("ENVIRONMENT"));
    for (const QString& variable : variables) {
        INFO("variable " << variable.toStdString());
        CHECK(environment.contains(QStringLiteral("\n.TP\n.B %1\n").arg(variable)));
        // SECRETS says where each secret comes from.
        CHECK(section(page, QStringLiteral("SECRETS")).contains(variable));
    }
}

TEST_CASE("the man page names every option of the usage text and of the commands", "[man]")
{
    QStringList options;
    for (const QString& source : cliSources()) {
        options << captures(source, QStringLiteral("(?:value|has|required|flag)\\("
                                                   "QStringLiteral\\(\"([a-z-]+)\"\\)"));
        // The file-descriptor options of the secrets.
        options << captures(source, QStringLiteral("QStringLiteral\\(\"([a-z-]+-fd)\"\\)"));
    }
    // Every option the usage text of main.cpp names (--programme, --help, ...).
    options << captures(readText(QStringLiteral("app/cli/main.cpp")),
                        QStringLiteral("--([a-z][a-z-]*[a-z])"));
    options.removeDuplicates();
    REQUIRE(options.contains(QStringLiteral("programme")));
    REQUIRE(options.contains(QStringLiteral("user")));
    REQUIRE(options.contains(QStringLiteral("passphrase-fd")));
    REQUIRE(options.contains(QStringLiteral("recovery-key-fd")));
    REQUIRE(options.contains(QStringLiteral("dry-run")));

    const QString page = manPage();
    for (const QString& option : options) {
        INFO("option --" << option.toStdString());
        // Written `\-\-name` and followed by a space or a font or line end.
        CHECK(
            page.contains(QRegularExpression(QStringLiteral("\\\\-\\\\-%1(?![a-z\\\\])")
                                                 .arg(QRegularExpression::escape(roff(option))))));
    }
}
