#include "ChildProcess.h"

#include "util/Error.h"

#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace amparo {
namespace test {
namespace {

void writeFully(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written =
            ::write(fd, bytes.constData() + done, static_cast<std::size_t>(bytes.size() - done));
        if (written <= 0)
            return;
        done += written;
    }
}

} // namespace

ChildProcess::ChildProcess(std::function<QByteArray(ChildProcess&)> work)
{
    int toChild[2];
    int fromChild[2];
    REQUIRE(::pipe(toChild) == 0);
    REQUIRE(::pipe(fromChild) == 0);
    m_pid = ::fork();
    REQUIRE(m_pid >= 0);
    if (m_pid == 0) {
        ::close(toChild[1]);
        ::close(fromChild[0]);
        m_out = fromChild[1];
        m_in = toChild[0];
        QByteArray result;
        try {
            result = work(*this);
        } catch (const Error& error) {
            result = "unexpected error: " + error.message().toUtf8();
        } catch (...) {
            result = "unexpected exception";
        }
        writeFully(m_out, result);
        // No destructors, no atexit handlers, no Catch2 reporting: they
        // belong to the test process.
        ::_exit(0);
    }
    ::close(toChild[0]);
    ::close(fromChild[1]);
    m_out = toChild[1];
    m_in = fromChild[0];
}

ChildProcess::~ChildProcess()
{
    if (m_pid > 0) {
        ::close(m_out);
        ::close(m_in);
        ::waitpid(m_pid, nullptr, 0);
    }
}

void ChildProcess::send(const QByteArray& line)
{
    writeFully(m_out, line + '\n');
}

QByteArray ChildProcess::receive()
{
    while (!m_buffered.contains('\n')) {
        char chunk[4096];
        const ssize_t got = ::read(m_in, chunk, sizeof chunk);
        if (got <= 0)
            return std::exchange(m_buffered, QByteArray());
        m_buffered.append(chunk, got);
    }
    const qsizetype end = m_buffered.indexOf('\n');
    const QByteArray line = m_buffered.left(end);
    m_buffered.remove(0, end + 1);
    return line;
}

QByteArray ChildProcess::finish()
{
    ::close(m_out);
    QByteArray rest = std::exchange(m_buffered, QByteArray());
    char chunk[4096];
    ssize_t got = 0;
    while ((got = ::read(m_in, chunk, sizeof chunk)) > 0)
        rest.append(chunk, got);
    ::close(m_in);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    CHECK(WIFEXITED(status));
    return rest;
}

} // namespace test
} // namespace amparo
