#pragma once

#include <QObject>
#include <QPointer>
#include <QTime>
#include <memory>
#include <optional>

namespace amparo {
namespace ui {

class MainWindow;
class UnlockDialog;

// Moves the application between its two states: locked (the unlock
// dialog) and unlocked (the main window).
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    void start(const QString& vaultDirectory, const QString& login);

private:
    // `lockedAt`: when the vault was locked, to say so above the fields.
    void showUnlockDialog(const QString& vaultDirectory, const QString& login, bool minimized,
                          std::optional<QTime> lockedAt);
    void onLocked(const QString& vaultDirectory, const QString& login, bool panic);
    void onUnlockFinished(int result);

    std::unique_ptr<MainWindow> m_window;
    QPointer<UnlockDialog> m_unlock;
};

} // namespace ui
} // namespace amparo
