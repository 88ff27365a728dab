#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;

namespace amparo {
namespace ui {

class SessionHolder;
class TaskTableModel;

// Follow-ups (PRODUCT §4): my open tasks, everyone's overdue ones, or the
// tasks of the cases I may see, grouped by case and narrowed by a case's
// reference or title. Completing, reopening, creating and editing go
// through the core, which decides who may.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Mine,
        Overdue,
        ByCase,
    };

    explicit TasksPage(SessionHolder& holder, QWidget* parent = nullptr);

    TaskTableModel& model() { return *m_model; }
    void showView(View view);
    // Shows only one case's tasks, without the views, the search and the
    // heading: the case editor's Tasks tab. New tasks belong to that case.
    void fixToCase(qint64 caseId);
    // Reads the tasks of the current view again.
    void reload();

    static constexpr int kCaseLimit = 50;
    static constexpr int kTaskLimit = 1000;
    static constexpr int kSearchPauseMs = 250;

Q_SIGNALS:
    // A task was created, changed, completed or reopened here.
    void tasksChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    View currentView() const;
    qint64 m_fixedCaseId = 0;
    QLabel* m_heading = nullptr;
    void retranslate();
    void updateButtons();
    // The count and, when nothing is listed, why.
    void updateSummary();
    qint64 selectedTaskId() const;
    void setSelectedDone(bool done);
    void editTask(bool creating);

    SessionHolder& m_holder;
    TaskTableModel* m_model;
    QTabBar* m_views;
    QLineEdit* m_caseSearch;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyText;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_complete;
    QPushButton* m_reopen;
    QTimer* m_searchPause;
};

} // namespace ui
} // namespace amparo
