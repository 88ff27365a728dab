#include "main/MainMenus.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace amparo {
namespace ui {

MainMenus::MainMenus(QMainWindow* window)
    : QObject(window), changePassphrase(new QAction(window)), backUp(new QAction(window)),
      caseSummary(new QAction(window)), lock(new QAction(window)), panic(new QAction(window)),
      quit(new QAction(window)), about(new QAction(window)), aboutQt(new QAction(window)),
      toolBar(new QToolBar(window)), m_vault(window->menuBar()->addMenu(QString())),
      m_go(window->menuBar()->addMenu(QString())), m_help(window->menuBar()->addMenu(QString()))
{
    m_vault->addActions({changePassphrase, backUp, caseSummary});
    m_vault->addSeparator();
    m_vault->addActions({lock, panic});
    m_vault->addSeparator();
    m_vault->addAction(quit);
    m_help->addActions({about, aboutQt});
    caseSummary->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    lock->setShortcut(Qt::CTRL | Qt::Key_L);
    panic->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    quit->setShortcut(Qt::CTRL | Qt::Key_Q);
    backUp->setVisible(false);
    caseSummary->setVisible(false);
    m_go->setEnabled(false);

    // The acts a person needs at any moment, whatever section is shown; in
    // words, not pictures: they are few and must not be mistaken.
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(caseSummary);
    toolBar->addAction(backUp);
    toolBar->addSeparator();
    toolBar->addAction(lock);
    toolBar->hide();
    window->addToolBar(toolBar);
    retranslate();
}

void MainMenus::retranslate()
{
    m_vault->setTitle(tr("&Vault"));
    changePassphrase->setText(tr("Change my &passphrase…"));
    backUp->setText(tr("&Back up the vault…"));
    backUp->setStatusTip(
        tr("Write the whole vault, still encrypted, to one file you can restore elsewhere."));
    caseSummary->setText(tr("Case &summary (PDF)…"));
    caseSummary->setStatusTip(
        tr("Preview and save the summary of one case, redacted for its readers."));
    lock->setText(tr("&Lock"));
    lock->setStatusTip(tr("Close the vault; your passphrase is needed to open it again."));
    panic->setText(tr("P&anic lock"));
    panic->setStatusTip(tr("Hide the window and lock the vault at once."));
    quit->setText(tr("&Quit"));
    m_go->setTitle(tr("&Go"));
    m_help->setTitle(tr("&Help"));
    about->setText(tr("&About Amparo"));
    aboutQt->setText(tr("About &Qt"));
    toolBar->setWindowTitle(tr("Main toolbar"));
}

void MainMenus::fillGo(const QStringList& sections)
{
    m_go->clear();
    m_go->setEnabled(!sections.isEmpty());
    for (int index = 0; index < sections.size(); ++index) {
        // "Funds & Ledger": an ampersand in a menu would mark a shortcut letter.
        const QString text =
            QString(sections[index]).replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* go = m_go->addAction(text, this, [this, index] { Q_EMIT sectionChosen(index); });
        if (index < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
}

void MainMenus::setVaultActionsEnabled(bool enabled)
{
    for (QAction* action : {changePassphrase, backUp, caseSummary, lock, panic})
        action->setEnabled(enabled);
}

} // namespace ui
} // namespace amparo
