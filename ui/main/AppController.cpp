#include "main/AppController.h"

#include "main/MainWindow.h"
#include "unlock/UnlockDialog.h"
#include "vault/Session.h"

#include <QApplication>
#include <QLocale>
#include <QTime>

namespace amparo {
namespace ui {

AppController::AppController(QObject* parent)
    : QObject(parent), m_window(std::make_unique<MainWindow>())
{
    // Between a lock and the next unlock no window may be open for a moment;
    // the application ends only when asked to.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_window.get(), &MainWindow::locked, this, &AppController::onLocked);
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
}

AppController::~AppController()
{
    delete m_unlock.data();
}

void AppController::start(const QString& vaultDirectory, const QString& login)
{
    showUnlockDialog(vaultDirectory, login, false, std::nullopt);
}

void AppController::onLocked(const QString& vaultDirectory, const QString& login, bool panic)
{
    showUnlockDialog(vaultDirectory, login, panic, QTime::currentTime());
}

void AppController::showUnlockDialog(const QString& vaultDirectory, const QString& login,
                                     bool minimized, std::optional<QTime> lockedAt)
{
    if (m_unlock)
        return;
    m_unlock = new UnlockDialog;
    m_unlock->prefill(vaultDirectory, login);
    if (lockedAt) {
        // Said again, time included, in whatever language is chosen meanwhile.
        m_unlock->setNotice([time = *lockedAt] {
            return tr("The vault was locked at %1. Enter your passphrase to continue.")
                .arg(QLocale().toString(time, QLocale::ShortFormat));
        });
    }
    connect(m_unlock, &QDialog::finished, this, &AppController::onUnlockFinished);
    if (minimized) {
        m_unlock->showMinimized();
        return;
    }
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void AppController::onUnlockFinished(int result)
{
    UnlockDialog* dialog = m_unlock;
    m_unlock = nullptr;
    dialog->deleteLater();
    if (result != QDialog::Accepted) {
        QCoreApplication::quit();
        return;
    }
    m_window->openSession(dialog->takeSession());
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace ui
} // namespace amparo
