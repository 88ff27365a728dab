#pragma once

#include "common/BackgroundTask.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <memory>

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

// Owns the open session for the windows that show it. Slow work on the
// session (anything deriving a key) runs on one worker thread, one task at a
// time; meanwhile the windows stay responsive but do not touch the database.
// A lock asked for during such work happens as soon as it ends, and the
// work's result is then dropped.
class SessionHolder : public QObject
{
    Q_OBJECT

public:
    explicit SessionHolder(std::unique_ptr<Session> session, QObject* parent = nullptr);
    ~SessionHolder() override;

    bool isLocked() const { return m_session == nullptr; }
    bool isBusy() const { return m_running > 0; }
    // Only while unlocked and not busy.
    Session& session();

    // Runs work(Session&) on the worker thread; done(Outcome) is then called
    // on this thread unless `receiver` is gone or the vault is being locked.
    template <typename Work, typename Done> void run(QObject* receiver, Work work, Done done);

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void busyChanged(bool busy);
    // Windows close their dialogs and forget what they show.
    void aboutToLock();
    void locked();

private:
    void taskStarted();
    void taskFinished();

    std::unique_ptr<Session> m_session;
    QThreadPool m_pool;
    int m_running = 0;
    bool m_lockPending = false;
};

template <typename Work, typename Done>
void SessionHolder::run(QObject* receiver, Work work, Done done)
{
    Session* session = &this->session();
    taskStarted();
    runInBackground(
        &m_pool, this, [session, work]() mutable { return work(*session); },
        [this, target = QPointer<QObject>(receiver), done](auto outcome) mutable {
            if (target && !m_lockPending)
                done(std::move(outcome));
            taskFinished();
        });
}

} // namespace ui
} // namespace amparo
