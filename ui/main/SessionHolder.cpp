#include "main/SessionHolder.h"

#include "util/Error.h"
#include "vault/Session.h"

namespace amparo {
namespace ui {

SessionHolder::SessionHolder(std::unique_ptr<Session> session, QObject* parent)
    : QObject(parent), m_session(std::move(session))
{
    // One database connection: never two tasks on it at once.
    m_pool.setMaxThreadCount(1);
}

SessionHolder::~SessionHolder()
{
    m_pool.waitForDone();
    if (m_session)
        m_session->lock();
}

Session& SessionHolder::session()
{
    if (!m_session)
        throw Error(ErrorKind::Refused, tr("The vault is locked."));
    return *m_session;
}

void SessionHolder::taskStarted()
{
    if (++m_running == 1)
        Q_EMIT busyChanged(true);
}

void SessionHolder::taskFinished()
{
    if (--m_running > 0)
        return;
    Q_EMIT busyChanged(false);
    if (m_lockPending)
        lock();
}

void SessionHolder::lock()
{
    if (!m_session)
        return;
    if (isBusy()) {
        m_lockPending = true;
        return;
    }
    m_lockPending = false;
    Q_EMIT aboutToLock();
    m_session->lock();
    m_session.reset();
    Q_EMIT locked();
}

} // namespace ui
} // namespace amparo
