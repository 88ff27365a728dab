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
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

QKeySequence panicKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_idle(new IdleWatcher(this)), m_clipboard(new ClipboardGuard(this)),
      m_central(new QWidget(this)), m_centralLayout(new QVBoxLayout(m_central)),
      m_userStatus(new QLabel(this)), m_lockStatus(new QLabel(this))
{
    m_centralLayout->setContentsMargins(0, 0, 0, 0);
    m_centralLayout->setSpacing(0);
    setCentralWidget(m_central);
    createMenus();
    createToolBar();
    createStatusBar();
    setMinimumSize(720, 520);
    resize(980, 720);
    restoreGeometry(AppSettings::mainWindowGeometry());
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* vault = menuBar()->addMenu(tr("&Vault"));
    m_changePassphrase =
        vault->addAction(tr("Change my &passphrase…"), this, &MainWindow::changePassphrase);
    m_backUp = vault->addAction(tr("&Back up the vault…"), this, &MainWindow::backUp);
    m_backUp->setStatusTip(
        tr("Write the whole vault, still encrypted, to one file you can restore elsewhere."));
    m_backUp->setVisible(false);
    m_caseSummary =
        vault->addAction(tr("Case &summary (PDF)…"), this, &MainWindow::showCaseSummary);
    m_caseSummary->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_caseSummary->setStatusTip(
        tr("Preview and save the summary of one case, redacted for its readers."));
    m_caseSummary->setVisible(false);
    vault->addSeparator();
    m_lock = vault->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lock->setShortcut(Qt::CTRL | Qt::Key_L);
    m_lock->setStatusTip(tr("Close the vault; your passphrase is needed to open it again."));
    m_panic = vault->addAction(tr("P&anic lock"), this, &MainWindow::panicLock);
    m_panic->setShortcut(panicKey());
    m_panic->setStatusTip(tr("Hide the window and lock the vault at once."));
    // The action's shortcut covers the window; the filter covers its dialogs.
    connect(new PanicKeyFilter(panicKey(), this), &PanicKeyFilter::triggered, this,
            &MainWindow::panicLock);
    vault->addSeparator();
    QAction* quitAction = vault->addAction(tr("&Quit"), this, &MainWindow::quit);
    quitAction->setShortcut(Qt::CTRL | Qt::Key_Q);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Amparo"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// The acts a person needs at any moment, whatever section is shown.
void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    // Words, not pictures: the acts are few and must not be mistaken.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_caseSummary);
    m_toolBar->addAction(m_backUp);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_lock);
    m_toolBar->hide();
}

// Ctrl+1, Ctrl+2… reach the sections in the sidebar's order.
void MainWindow::fillGoMenu()
{
    m_goMenu->clear();
    auto* workspace = qobject_cast<Workspace*>(m_page);
    m_goMenu->setEnabled(workspace != nullptr);
    if (!workspace)
        return;
    const QStringList sections = workspace->sectionLabels();
    for (int index = 0; index < sections.size(); ++index) {
        QAction* go = m_goMenu->addAction(sections[index], this, [this, index] {
            if (auto* shown = qobject_cast<Workspace*>(m_page))
                shown->showSection(index);
        });
        if (index < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
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
    const auth::User& user = opened.user();
    setWindowTitle(tr("Amparo — %1").arg(QDir(m_vaultDirectory).dirName()));
    m_userStatus->setText(
        tr("%1 (%2) — %3").arg(user.displayName, user.login, rolesText(user.roles)));
    showNotices(opened);

    auto* workspace = new Workspace(*m_holder, m_central);
    connect(workspace, &Workspace::changePassphraseRequested, this, &MainWindow::changePassphrase);
    connect(workspace, &Workspace::caseSummaryRequested, this, &MainWindow::showCaseSummaryOf);
    connect(workspace, &Workspace::autoLockMinutesChanged, this, &MainWindow::setAutoLockMinutes);
    m_page = workspace;
    m_centralLayout->addWidget(m_page, 1);
    workspace->showSection(AppSettings::mainWindowSection());
    workspace->setFocus();
    fillGoMenu();
    m_toolBar->show();

    for (QAction* action : {m_changePassphrase, m_backUp, m_caseSummary, m_lock, m_panic})
        action->setEnabled(true);
    m_backUp->setVisible(auth::rolesAllow(user.roles, auth::Permission::BackupVault));
    m_caseSummary->setVisible(auth::rolesAllow(user.roles, auth::Permission::ExportCases));
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
    m_lockStatus->setText(
        tr("Unlocked · locks after %n minute(s) without activity", nullptr, minutes));
}

void MainWindow::showNotices(const Session& session)
{
    if (const int failures = session.failedAttemptsBeforeLogin(); failures > 0)
        m_centralLayout->addWidget(new NoticeBanner(
            tr("%n failed attempt(s) to open your account since your last login. If that was "
               "not you, tell an administrator.",
               nullptr, failures),
            m_central));
    if (!session.keySlotWarning().isEmpty())
        m_centralLayout->addWidget(new NoticeBanner(session.keySlotWarning(), m_central));
    if (auth::rolesAllow(session.user().roles, auth::Permission::BackupVault)) {
        // Only administrators can act on it, so only they are reminded.
        Session& open = m_holder->session();
        const int days = backupReminderDays(open);
        const std::optional<QDateTime> last = lastBackupAt(open);
        const QDateTime now = open.clock().nowUtc();
        QString text;
        if (!last)
            text =
                tr("This vault has never been backed up. Use Vault › Back up the vault… and keep "
                   "the file on another disk.");
        else if (last->daysTo(now) >= days)
            text = tr("The last backup of this vault is %n day(s) old. Use Vault › Back up the "
                      "vault…",
                      nullptr, int(last->daysTo(now)));
        if (!text.isEmpty()) {
            m_backupReminder = new NoticeBanner(text, m_central);
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
    if (!m_holder || !m_caseSummary->isVisible())
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
        AppSettings::setMainWindowSection(workspace->currentSection());
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
    m_toolBar->hide();
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
    setWindowTitle(tr("Amparo — locked"));
    m_userStatus->clear();
    m_lockStatus->setText(tr("Locked"));
    for (QAction* action : {m_changePassphrase, m_backUp, m_caseSummary, m_lock, m_panic})
        action->setEnabled(false);
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
    m_changePassphrase->setEnabled(!busy && m_holder);
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
