#include "main/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace amparo {
namespace ui {
namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::minutes(10));
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
}

void IdleWatcher::start()
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleWatcher::stop()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (isUserInput(event->type()) && m_timer.isActive())
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace ui
} // namespace amparo
