#include "main/PanicKeyFilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace amparo {
namespace ui {

PanicKeyFilter::PanicKeyFilter(QKeySequence key, QObject* parent)
    : QObject(parent), m_key(std::move(key))
{
    QCoreApplication::instance()->installEventFilter(this);
}

PanicKeyFilter::~PanicKeyFilter()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool PanicKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!key->isAutoRepeat() && QKeySequence(key->keyCombination()) == m_key) {
            Q_EMIT triggered();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
} // namespace amparo
