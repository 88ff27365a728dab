#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace amparo {
namespace ui {

class SessionHolder;

// The unlocked vault's work area: a sidebar of sections on the left, the
// chosen section on the right (PRODUCT §4). A section the user's roles
// cannot use is not in the sidebar at all.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(SessionHolder& holder, QWidget* parent = nullptr);

    // The sections shown, in order, as their sidebar labels.
    QStringList sectionLabels() const;

Q_SIGNALS:
    void changePassphraseRequested();
    // An administrator saved the vault's auto-lock time.
    void autoLockMinutesChanged(int minutes);
    // A case chosen in the case list, to be shown.
    void caseChosen(const QString& reference);

private:
    void addSection(const QString& label, const QString& hint, QWidget* page);
    QWidget* createCasesPage();
    QWidget* createTasksPage();
    QWidget* createAuditPage();
    QWidget* createSettingsPage();

    SessionHolder& m_holder;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
};

} // namespace ui
} // namespace amparo
