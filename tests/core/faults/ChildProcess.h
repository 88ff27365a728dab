#pragma once

#include <QByteArray>
#include <functional>

namespace amparo {
namespace test {

// Another process, as a second Amparo program or a program under limits the
// test must not take on itself (a file-size limit, another user id). The
// child is a fork of the test, so it runs the same core code; it talks to
// the test over two pipes and never returns into Catch2.
class ChildProcess
{
public:
    // Runs `work` in a forked child. `work` reads what the test sends with
    // receive() and answers with send(); what it returns is sent last.
    explicit ChildProcess(std::function<QByteArray(ChildProcess&)> work);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // One line each way; blocks until it arrives (empty at end of file).
    void send(const QByteArray& line);
    QByteArray receive();

    // Everything the child still sends, once it has exited; CHECKs that it
    // exited normally.
    QByteArray finish();

private:
    int m_pid = -1;
    int m_out = -1; // to the other side: the child in the test, the test in the child
    int m_in = -1;
    QByteArray m_buffered;
};

} // namespace test
} // namespace amparo
