#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

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
    void showUnlockDialog(const QString& vaultDirectory, const QString& login, bool minimized,
                          const QString& notice);
    void onLocked(const QString& vaultDirectory, const QString& login, bool panic);
    void onUnlockFinished(int result);

    std::unique_ptr<MainWindow> m_window;
    QPointer<UnlockDialog> m_unlock;
};

} // namespace ui
} // namespace amparo
