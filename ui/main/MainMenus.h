#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace amparo {
namespace ui {

// The main window's menus and toolbar: their actions, shortcuts and words,
// which follow the language when it changes. The window connects the acts.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(QMainWindow* window);

    // The words of every menu and action in the current language; the Go
    // menu's entries are the sidebar's labels, refilled by fillGo().
    void retranslate();
    // One entry per section, Ctrl+1… in the sidebar's order; disabled when
    // there is none (the vault is locked).
    void fillGo(const QStringList& sections);
    // Enables the acts that need an open vault.
    void setVaultActionsEnabled(bool enabled);

    QAction* changePassphrase;
    QAction* backUp;
    QAction* caseSummary;
    QAction* lock;
    QAction* panic;
    QAction* quit;
    QAction* about;
    QAction* aboutQt;
    QToolBar* toolBar;

Q_SIGNALS:
    void sectionChosen(int index);

private:
    QMenu* m_vault;
    QMenu* m_go;
    QMenu* m_help;
};

} // namespace ui
} // namespace amparo
