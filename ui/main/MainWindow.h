#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QVBoxLayout;

namespace amparo {
class Session;
}

namespace amparo {
namespace ui {

class ClipboardGuard;
class IdleWatcher;
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
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createToolBar();
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
    IdleWatcher* m_idle;
    ClipboardGuard* m_clipboard;
    QMenu* m_goMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QWidget* m_central;
    QVBoxLayout* m_centralLayout;
    QWidget* m_page = nullptr;
    QLabel* m_userStatus;
    QLabel* m_lockStatus;
    QAction* m_changePassphrase = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_caseSummary = nullptr;
    QWidget* m_backupReminder = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_panic = nullptr;
    QString m_vaultDirectory;
    QString m_login;
    bool m_panicking = false;
    bool m_quitting = false;
};

} // namespace ui
} // namespace amparo
