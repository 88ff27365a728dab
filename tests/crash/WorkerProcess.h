#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <sys/types.h>

namespace amparo {
namespace test {

// The crash worker as a child process whose stdout the test reads line by
// line and which it kills with SIGKILL. Plain posix_spawn and a pipe rather
// than QProcess: the kill must follow the line it waits for by microseconds,
// not by a turn of an event loop.
class WorkerProcess
{
public:
    // `environment` is added to this process's own (the secrets go there).
    WorkerProcess(const QString& program, const QStringList& arguments,
                  const std::map<QByteArray, QByteArray>& environment);
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    // The next line, without its newline; nothing once the worker has
    // closed its stdout (it died), or after `timeoutMs` of silence.
    std::optional<QString> readLine(int timeoutMs);
    // SIGKILL, then waits for the child; true when the signal is what ended
    // it (false: it had already exited on its own, see exitDescription()).
    bool kill();
    // Every line still in the pipe after the child is gone.
    QStringList remainingLines();
    QString exitDescription() const { return m_exitDescription; }

private:
    bool fillBuffer(int timeoutMs);

    pid_t m_pid = -1;
    int m_stdout = -1;
    QByteArray m_buffer;
    bool m_closed = false;
    QString m_exitDescription;
};

} // namespace test
} // namespace amparo
