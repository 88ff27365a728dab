#include "common/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace amparo {
namespace ui {
namespace {

const QString kSecretHint = QStringLiteral("x-kde-passwordManagerHint");

} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setInterval(kClearAfter);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &ClipboardGuard::onClipboardChanged);
}

void ClipboardGuard::onClipboardChanged()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (m_marking)
        return;
    // Another program's copy (or the clipboard emptied) is not ours to guard.
    // Where the platform cannot tell who owns the clipboard, a copy made while
    // one of our windows has the keyboard is ours.
    const bool ours = clipboard->ownsClipboard() || QGuiApplication::focusWindow() != nullptr;
    if (!ours) {
        m_clearTimer.stop();
        m_copied.clear();
        return;
    }
    const QMimeData* copied = clipboard->mimeData();
    if (!copied || copied->hasFormat(kSecretHint))
        return;
    // Mark the copy: the same content again, with the hint.
    auto* marked = new QMimeData;
    for (const QString& format : copied->formats())
        marked->setData(format, copied->data(format));
    marked->setData(kSecretHint, QByteArrayLiteral("secret"));
    m_copied = copied->text();
    m_marking = true;
    clipboard->setMimeData(marked);
    m_marking = false;
    m_clearTimer.start();
}

void ClipboardGuard::clearNow()
{
    m_clearTimer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* held = clipboard->mimeData();
    if (held && held->hasFormat(kSecretHint) && held->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace ui
} // namespace amparo
