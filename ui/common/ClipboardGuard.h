#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

namespace amparo {
namespace ui {

// What is copied out of the vault should not linger (PRODUCT §3). Every copy
// made in this application — from any field, table or dialog — is marked as
// secret for clipboard managers (KDE's x-kde-passwordManagerHint, which
// KeePassXC also sets) and cleared after 30 seconds if the clipboard still
// holds it. clearNow() empties it at once (the vault is locking). Copies made
// by other programs are left alone.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    static constexpr std::chrono::seconds kClearAfter{30};
    // Tests shorten the wait instead of sleeping.
    void setClearAfter(std::chrono::milliseconds delay) { m_clearTimer.setInterval(delay); }

    // Forgets what this application copied, if the clipboard still holds it.
    void clearNow();
    bool isGuarding() const { return m_clearTimer.isActive(); }

private:
    void onClipboardChanged();

    QTimer m_clearTimer;
    QString m_copied;
    bool m_marking = false;
};

} // namespace ui
} // namespace amparo
