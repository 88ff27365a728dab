#include "main/MainWindow.h"

#include "auth/Permission.h"
#include "backup/Backup.h"
#include "common/AppSettings.h"
#include "common/BackgroundTask.h"
#include "common/ClipboardGuard.h"
#include "common/RoleText.h"
#include "common/Warning.h"
#include "exports/CaseSummaryDialog.h"
#include "main/AboutDialog.h"
#include "main/ChangePassphraseDialog.h"
#include "main/IdleWatcher.h"
#include "main/MainMenus.h"
#include "main/NoticeBanner.h"
#include "main/PanicKeyFilter.h"
#include "main/SessionHolder.h"
#include "main/Workspace.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "vault/Session.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_menus(new MainMenus(this)), m_idle(new IdleWatcher(this)),
      m_clipboard(new ClipboardGuard(this)), m_central(new QWidget(this)),
      m_centralLayout(new QVBoxLayout(m_central)), m_userStatus(new QLabel(this)),
      m_lockStatus(new QLabel(this))
{
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->setSpacing(0);
    setCentralWidget(m_central);
    connectMenus();
    createStatusBar();
    setMinimumSize(720, 520);
    resize(980, 720);
    restoreGeometry(AppSettings::mainWindowGeometry());
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectMenus()
{
    connect(m_menus->changePassphrase, &QAction::triggered, this, &MainWindow::changePassphrase);
    connect(m_menus->backUp, &QAction::triggered, this, &MainWindow::backUp);
    connect(m_menus->caseSummary, &QAction::triggered, this, &MainWindow::showCaseSummary);
    connect(m_menus->lock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_menus->panic, &QAction::triggered, this, &MainWindow::panicLock);
    // The action's shortcut covers the window; the filter covers its dialogs.
    connect(new PanicKeyFilter(m_menus->panic->shortcut(), this), &PanicKeyFilter::triggered, this,
            &MainWindow::panicLock);
    connect(m_menus->quit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_menus->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_menus, &MainMenus::sectionChosen, this, [this](int index) {
        if (auto* workspace = qobject_cast<Workspace*>(m_page))
            workspace->showSection(index);
    });
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// The Go menu follows the sidebar, which retranslates after this window.
void MainWindow::retranslate()
{
    m_menus->retranslate();
    if (!m_holder) {
        setWindowTitle(tr("Amparo — locked"));
        m_lockStatus->setText(tr("Locked"));
        return;
    }
    setWindowTitle(tr("Amparo — %1").arg(QDir(m_vaultDirectory).dirName()));
    m_userStatus->setText(
        tr("%1 (%2) — %3").arg(m_user.displayName, m_user.login, rolesText(m_user.roles)));
    m_lockStatus->setText(
        tr("Unlocked · locks after %n minute(s) without activity", nullptr, m_autoLockMinutes));
}

void MainWindow::fillGoMenu()
{
    auto* workspace = qobject_cast<Workspace*>(m_page);
    m_menus->fillGo(workspace ? workspace->sectionLabels() : QStringList());
}

void MainWindow::createStatusBar()
{
    m_userStatus->setContentsMargins(6, 0, 6, 0);
    m_lockStatus->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_userStatus, 1);
    statusBar()->addPermanentWidget(m_lockStatus);
}

void MainWindow::openSession(std::unique_ptr<Session> session)
{
    forgetVaultViews();
    m_quitting = false;
    m_panicking = false;
    m_vaultDirectory = session->layout().directory;
    m_login = session->user().login;
    m_holder = new SessionHolder(std::move(session), this);
    connect(m_holder, &SessionHolder::aboutToLock, this, &MainWindow::forgetVaultViews);
    connect(m_holder, &SessionHolder::locked, this, &MainWindow::onLocked);
    connect(m_holder, &SessionHolder::busyChanged, this, &MainWindow::setBusy);

    const Session& opened = m_holder->session();
    m_user = opened.user();
    showNotices(opened);

    auto* workspace = new Workspace(*m_holder, m_central);
    connect(workspace, &Workspace::changePassphraseRequested, this, &MainWindow::changePassphrase);
    connect(workspace, &Workspace::caseSummaryRequested, this, &MainWindow::showCaseSummaryOf);
    connect(workspace, &Workspace::autoLockMinutesChanged, this, &MainWindow::setAutoLockMinutes);
    connect(workspace, &Workspace::retranslated, this, &MainWindow::fillGoMenu);
    m_page = workspace;
    m_centralLayout->addWidget(m_page, 1);
    workspace->showSection(AppSettings::mainWindowSection());
    workspace->setFocus();
    fillGoMenu();
    m_menus->toolBar->show();

    m_menus->setVaultActionsEnabled(true);
    m_menus->backUp->setVisible(auth::rolesAllow(m_user.roles, auth::Permission::BackupVault));
    m_menus->caseSummary->setVisible(auth::rolesAllow(m_user.roles, auth::Permission::ExportCases));
    // The vault's own setting (Settings › Preferences); this computer's
    // preference only when the vault has none.
    const qint64 vaultMinutes =
        settings::integer(m_holder->session().database(), settings::kAutoLockMinutes);
    setAutoLockMinutes(vaultMinutes > 0 ? int(vaultMinutes)
                                        : int(AppSettings::autoLockTimeout().count()));
    m_idle->start();
}

void MainWindow::setAutoLockMinutes(int minutes)
{
    m_idle->setTimeout(std::chrono::minutes(minutes));
    m_autoLockMinutes = minutes;
    retranslate();
}

void MainWindow::showNotices(const Session& session)
{
    if (const int failures = session.failedAttemptsBeforeLogin(); failures > 0)
        m_centralLayout->addWidget(new NoticeBanner(
            [failures] {
                return tr("%n failed attempt(s) to open your account since your last login. If "
                          "that was not you, tell an administrator.",
                          nullptr, failures);
            },
            m_central));
    if (const QString warning = session.keySlotWarning(); !warning.isEmpty())
        m_centralLayout->addWidget(new NoticeBanner([warning] { return warning; }, m_central));
    if (auth::rolesAllow(session.user().roles, auth::Permission::BackupVault)) {
        // Only administrators can act on it, so only they are reminded.
        Session& open = m_holder->session();
        const int days = backupReminderDays(open);
        const std::optional<QDateTime> last = lastBackupAt(open);
        const QDateTime now = open.clock().nowUtc();
        std::function<QString()> text;
        if (!last)
            text = [] {
                return tr("This vault has never been backed up. Use Vault › Back up the vault… "
                          "and keep the file on another disk.");
            };
        else if (const int age = int(last->daysTo(now)); age >= days)
            text = [age] {
                return tr("The last backup of this vault is %n day(s) old. Use Vault › Back up "
                          "the vault…",
                          nullptr, age);
            };
        if (text) {
            m_backupReminder = new NoticeBanner(std::move(text), m_central);
            m_centralLayout->addWidget(m_backupReminder);
        }
    }
}

void MainWindow::backUp()
{
    if (!m_holder)
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.amparo-backup")
            .arg(QDir(m_vaultDirectory).dirName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the vault"), suggested,
                                                      tr("Amparo backups (*.amparo-backup)"));
    if (path.isEmpty())
        return;
    m_holder->run(
        this, [path](Session& session) { return writeBackup(session, path); },
        [this](Outcome<BackupSummary> outcome) {
            if (!outcome.succeeded()) {
                showWarning(this, outcome.error->message());
                return;
            }
            if (m_backupReminder) {
                m_backupReminder->hide();
                m_backupReminder->deleteLater();
                m_backupReminder = nullptr;
            }
            statusBar()->showMessage(tr("Backup written and verified: %1 (%2)")
                                         .arg(QDir::toNativeSeparators(outcome.value->path),
                                              locale().formattedDataSize(outcome.value->bytes)),
                                     15000);
        });
}

void MainWindow::showCaseSummary()
{
    if (!m_holder)
        return;
    // Closed (and its PDF dropped) by forgetVaultViews when the vault locks.
    auto* dialog = new CaseSummaryDialog(*m_holder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showCaseSummaryOf(const QString& reference)
{
    if (!m_holder || !m_menus->caseSummary->isVisible())
        return;
    auto* dialog = new CaseSummaryDialog(*m_holder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->previewCase(reference);
}

// Called before the key is wiped: nothing that shows vault data survives.
void MainWindow::forgetVaultViews()
{
    // First, while dialogs still hold what was typed in them.
    if (auto* workspace = qobject_cast<Workspace*>(m_page)) {
        workspace->keepDrafts();
        AppSettings::setMainWindowSection(workspace->currentSectionKey());
    }
    for (QDialog* dialog : findChildren<QDialog*>()) {
        dialog->hide();
        dialog->deleteLater();
    }
    while (QLayoutItem* item = m_centralLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_page = nullptr;
    m_backupReminder = nullptr;
    m_clipboard->clearNow();
    fillGoMenu();
    m_menus->toolBar->hide();
}

void MainWindow::lock()
{
    if (m_holder)
        m_holder->lock();
}

void MainWindow::panicLock()
{
    if (!m_holder)
        return;
    m_panicking = true;
    AppSettings::setMainWindowGeometry(saveGeometry());
    hide();
    lock();
}

void MainWindow::onLocked()
{
    m_idle->stop();
    m_holder->deleteLater();
    m_holder = nullptr;
    m_userStatus->clear();
    m_menus->setVaultActionsEnabled(false);
    retranslate();
    if (m_quitting)
        return;
    if (isVisible()) {
        AppSettings::setMainWindowGeometry(saveGeometry());
        hide();
    }
    Q_EMIT locked(m_vaultDirectory, m_login, m_panicking);
}

void MainWindow::setBusy(bool busy)
{
    if (m_page)
        m_page->setEnabled(!busy);
    m_menus->changePassphrase->setEnabled(!busy && m_holder);
}

void MainWindow::changePassphrase()
{
    if (!m_holder || m_holder->isBusy())
        return;
    auto* dialog = new ChangePassphraseDialog(*m_holder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your passphrase has been changed."), 10000); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::quit()
{
    m_quitting = true;
    if (isVisible())
        AppSettings::setMainWindowGeometry(saveGeometry());
    lock();
    Q_EMIT quitRequested();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    quit();
    event->accept();
}

} // namespace ui
} // namespace amparo
