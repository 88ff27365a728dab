#pragma once

#include "auth/User.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QVBoxLayout;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class ClipboardGuard;
class IdleWatcher;
class MainMenus;
class SessionHolder;

// The window of an unlocked vault. Locking (by hand, by the panic key or
// after idle time) drops every view of vault data, wipes the key and hands
// back to the unlock dialog through locked().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openSession(std::unique_ptr<Session> session);
    bool isUnlocked() const { return m_holder != nullptr; }

public Q_SLOTS:
    void lock();
    // Hides the window at once and locks as soon as it can.
    void panicLock();

Q_SIGNALS:
    void locked(const QString& vaultDirectory, const QString& login, bool panic);
    void quitRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void connectMenus();
    void retranslate();
    void fillGoMenu();
    void createStatusBar();
    void showNotices(const Session& session);
    void forgetVaultViews();
    void onLocked();
    void setBusy(bool busy);
    void changePassphrase();
    void backUp();
    void showCaseSummary();
    // A case's summary, previewed, as asked for from its editor.
    void showCaseSummaryOf(const QString& reference);
    void showAbout();
    void setAutoLockMinutes(int minutes);
    void quit();

    SessionHolder* m_holder = nullptr;
    MainMenus* m_menus;
    IdleWatcher* m_idle;
    ClipboardGuard* m_clipboard;
    QWidget* m_central;
    QVBoxLayout* m_centralLayout;
    QWidget* m_page = nullptr;
    QLabel* m_userStatus;
    QLabel* m_lockStatus;
    QWidget* m_backupReminder = nullptr;
    int m_autoLockMinutes = 0;
    QString m_vaultDirectory;
    QString m_login;
    auth::User m_user; // who opened the vault, for the status bar
    bool m_panicking = false;
    bool m_quitting = false;
};

} // namespace ui
} // namespace amparo
