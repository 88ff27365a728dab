#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace amparo {
namespace ui {

class CasesSection;
class DashboardPage;
class FundsLedgerSection;
class GrantsSection;
class ReportsPage;
class TasksPage;
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
    void showSection(int index);
    // By the section's key ("cases", "grants"…); nothing when not shown.
    void showSection(const QString& key);
    int currentSection() const;
    // The shown section's key ("cases"…), kept across sessions: indexes
    // change with roles and new sections, keys do not.
    QString currentSectionKey() const;
    // The Cases section, when the user may read cases.
    CasesSection* casesSection() const { return m_cases; }
    // Keeps unsaved work in the vault: called while it locks.
    void keepDrafts();

Q_SIGNALS:
    void changePassphraseRequested();
    // An administrator saved the vault's auto-lock time.
    void autoLockMinutesChanged(int minutes);
    // The PDF summary of a case, asked for from its editor.
    void caseSummaryRequested(const QString& reference);
    // The sections' labels changed language.
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct SectionText
    {
        QString label;
        QString hint;
    };
    static SectionText sectionText(const QString& key);
    // `key` names the section's icon too.
    void addSection(const QString& key, QWidget* page);
    void retranslate();
    void connectDashboard(DashboardPage& dashboard);
    QWidget* createCasesSection();
    QWidget* createTasksPage();
    QWidget* createAuditPage();
    QWidget* createSettingsPage();

    SessionHolder& m_holder;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    CasesSection* m_cases = nullptr;
    GrantsSection* m_grants = nullptr;
    FundsLedgerSection* m_funds = nullptr;
    ReportsPage* m_reports = nullptr;
    TasksPage* m_tasks = nullptr;
};

} // namespace ui
} // namespace amparo
