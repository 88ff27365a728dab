#include "WorkerProcess.h"

#include <QFile>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace amparo {
namespace test {

WorkerProcess::WorkerProcess(const QString& program, const QStringList& arguments,
                             const std::map<QByteArray, QByteArray>& environment)
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe2 failed");
    m_stdout = pipeFds[0];

    std::vector<std::string> strings;
    strings.push_back(QFile::encodeName(program).toStdString());
    for (const QString& argument : arguments)
        strings.push_back(argument.toStdString());
    const std::size_t argumentCount = strings.size();
    for (char** variable = environ; *variable; ++variable) {
        const std::string entry(*variable);
        const QByteArray name = QByteArray::fromStdString(entry.substr(0, entry.find('=')));
        if (!environment.contains(name))
            strings.push_back(entry);
    }
    for (const auto& [name, value] : environment)
        strings.push_back(name.toStdString() + '=' + value.toStdString());
    std::vector<char*> argv;
    std::vector<char*> envp;
    for (std::size_t i = 0; i < strings.size(); ++i)
        (i < argumentCount ? argv : envp).push_back(strings[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    const int failed =
        ::posix_spawn(&m_pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    // The copies of the secrets are no longer needed.
    for (std::string& entry : strings)
        std::fill(entry.begin(), entry.end(), '\0');
    if (failed != 0) {
        m_pid = -1;
        ::close(m_stdout);
        throw std::runtime_error("cannot start " + program.toStdString());
    }
}

WorkerProcess::~WorkerProcess()
{
    if (m_pid > 0)
        kill();
    ::close(m_stdout);
}

bool WorkerProcess::fillBuffer(int timeoutMs)
{
    pollfd readable{m_stdout, POLLIN, 0};
    const int ready = ::poll(&readable, 1, timeoutMs);
    if (ready < 0 && errno == EINTR)
        return true;
    if (ready <= 0)
        return false;
    char chunk[4096];
    const ssize_t n = ::read(m_stdout, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR)
        return true;
    if (n <= 0) {
        m_closed = true;
        return false;
    }
    m_buffer.append(chunk, n);
    return true;
}

std::optional<QString> WorkerProcess::readLine(int timeoutMs)
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end >= 0) {
            const QString line = QString::fromUtf8(m_buffer.left(end));
            m_buffer.remove(0, end + 1);
            return line;
        }
        if (m_closed || !fillBuffer(timeoutMs))
            return std::nullopt;
    }
}

bool WorkerProcess::kill()
{
    if (m_pid <= 0)
        return false;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    if (WIFSIGNALED(status)) {
        m_exitDescription = QStringLiteral("killed by signal %1").arg(WTERMSIG(status));
        return WTERMSIG(status) == SIGKILL;
    }
    m_exitDescription = QStringLiteral("exited with status %1").arg(WEXITSTATUS(status));
    return false;
}

QStringList WorkerProcess::remainingLines()
{
    QStringList lines;
    // The child is gone: its end of the pipe is closed, so this reaches the
    // end of what it wrote without waiting.
    while (const auto line = readLine(-1))
        lines << *line;
    return lines;
}

} // namespace test
} // namespace amparo
