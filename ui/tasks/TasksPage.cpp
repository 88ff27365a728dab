#include "tasks/TasksPage.h"

#include "common/ListTable.h"
#include "common/Retranslate.h"
#include "common/Warning.h"
#include "main/SessionHolder.h"
#include "tasks/TaskDialog.h"
#include "tasks/TaskRows.h"
#include "tasks/TaskService.h"
#include "tasks/TaskTableModel.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace amparo {
namespace ui {

TasksPage::TasksPage(SessionHolder& holder, QWidget* parent)
    : QWidget(parent), m_holder(holder), m_model(new TaskTableModel(this)),
      m_views(new QTabBar(this)), m_caseSearch(new QLineEdit(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_emptyText(new QLabel(this)), m_count(new QLabel(this)), m_new(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_complete(new QPushButton(this)),
      m_reopen(new QPushButton(this)), m_searchPause(new QTimer(this))
{
    // One tab for each View, in its order.
    for (int view = 0; view <= static_cast<int>(View::ByCase); ++view)
        m_views->addTab(QString());
    m_views->setExpanding(false);
    m_caseSearch->setClearButtonEnabled(true);

    m_table->setModel(m_model);
    setUpListTable(m_table, TaskTableModel::TitleColumn);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyText);

    auto* heading = m_heading = new QLabel(this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    auto* top = new QHBoxLayout;
    top->addWidget(m_views);
    top->addWidget(m_caseSearch, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addSpacing(12);
    buttons->addWidget(m_complete);
    buttons->addWidget(m_reopen);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    connect(m_searchPause, &QTimer::timeout, this, &TasksPage::reload);
    connect(m_caseSearch, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_views, &QTabBar::currentChanged, this, &TasksPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TasksPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPage::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { editTask(false); });
    connect(m_new, &QPushButton::clicked, this, [this] { editTask(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editTask(false); });
    connect(m_complete, &QPushButton::clicked, this, [this] { setSelectedDone(true); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setSelectedDone(false); });
    connect(&holder, &SessionHolder::aboutToLock, m_model, &TaskTableModel::clear);
    retranslate();
    reload();
}

void TasksPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TasksPage::retranslate()
{
    m_heading->setText(tr("Tasks"));
    //: A view of the tasks page: the tasks assigned to me.
    m_views->setTabText(static_cast<int>(View::Mine), tr("Mine"));
    m_views->setTabToolTip(static_cast<int>(View::Mine),
                           tr("The open tasks assigned to you, by due date."));
    m_views->setTabText(static_cast<int>(View::Overdue), tr("Overdue"));
    m_views->setTabToolTip(static_cast<int>(View::Overdue),
                           tr("Every open task past its due date, in the cases you may see."));
    m_views->setTabText(static_cast<int>(View::ByCase), tr("By case"));
    m_views->setTabToolTip(static_cast<int>(View::ByCase),
                           tr("The tasks of the cases you may see, grouped by case."));
    m_views->setAccessibleName(tr("Task views"));
    retranslateTabScrollButtons(*m_views);
    m_caseSearch->setAccessibleName(tr("Find a case"));
    m_caseSearch->setPlaceholderText(tr("Case reference or words of its title; empty for all"));
    m_table->setAccessibleName(tr("Tasks"));
    m_emptyText->setAccessibleName(tr("No tasks"));
    m_new->setText(tr("&New task…"));
    m_new->setAccessibleName(tr("New task"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit the task"));
    m_complete->setText(tr("Mark &done"));
    m_complete->setAccessibleName(tr("Mark the task done"));
    m_complete->setToolTip(tr("Mark the selected task as done today."));
    m_reopen->setText(tr("&Reopen"));
    m_reopen->setAccessibleName(tr("Reopen the task"));
    m_reopen->setToolTip(tr("Open the selected task again."));
    m_count->setAccessibleName(tr("Number of tasks"));
    retranslateModel(*m_model);
    updateSummary();
}

TasksPage::View TasksPage::currentView() const
{
    return static_cast<View>(m_views->currentIndex());
}

void TasksPage::showView(View view)
{
    m_views->setCurrentIndex(static_cast<int>(view));
}

void TasksPage::fixToCase(qint64 caseId)
{
    m_fixedCaseId = caseId;
    m_views->hide();
    m_heading->hide();
    layout()->setContentsMargins(0, 0, 0, 0);
    reload();
}

void TasksPage::reload()
{
    if (m_holder.isLocked() || m_holder.isBusy())
        return;
    const qint64 selected = selectedTaskId();
    const View view = currentView();
    m_caseSearch->setVisible(view == View::ByCase && m_fixedCaseId == 0);
    try {
        Session& session = m_holder.session();
        if (m_fixedCaseId != 0)
            m_model->setRows(caseTaskRows(session, m_fixedCaseId));
        else
            switch (view) {
            case View::Mine:
                m_model->setRows(myTaskRows(session));
                break;
            case View::Overdue:
                m_model->setRows(overdueTaskRows(session));
                break;
            case View::ByCase:
                m_model->setRows(
                    taskRowsByCase(session, m_caseSearch->text(), kCaseLimit, kTaskLimit));
                break;
            }
    } catch (const Error& error) {
        m_model->clear();
        showWarning(this, error.message());
    }
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(row);
    updateSummary();
    updateButtons();
}

void TasksPage::updateSummary()
{
    m_count->setText(tr("%n task(s)", nullptr, m_model->rowCount()));
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 1 : 0);
    // Said even while rows hide it, so that it is in the current language when shown.
    if (m_fixedCaseId != 0)
        return m_emptyText->setText(
            tr("This case has no tasks yet. Plan the next follow-up with \"New task…\"."));
    switch (currentView()) {
    case View::Mine:
        m_emptyText->setText(tr("No open task is assigned to you. Use \"New task…\" to plan a "
                                "follow-up, or look at the overdue tasks."));
        break;
    case View::Overdue:
        m_emptyText->setText(tr("Nothing is overdue."));
        break;
    case View::ByCase:
        m_emptyText->setText(m_caseSearch->text().trimmed().isEmpty()
                                 ? tr("None of the cases you may see has a task yet.")
                                 : tr("No case you may see matches \"%1\", or its cases have "
                                      "no tasks. Try its reference, or clear the search.")
                                       .arg(m_caseSearch->text().trimmed()));
        break;
    }
}

qint64 TasksPage::selectedTaskId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const TaskTableModel::Row* row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    return row ? row->task.id : 0;
}

void TasksPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const TaskTableModel::Row* row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    m_edit->setEnabled(row);
    m_complete->setEnabled(row && !row->task.doneOn);
    m_reopen->setEnabled(row && row->task.doneOn);
}

void TasksPage::setSelectedDone(bool done)
{
    const qint64 taskId = selectedTaskId();
    if (taskId == 0 || m_holder.isLocked())
        return;
    try {
        TaskService tasks(m_holder.session());
        if (done)
            tasks.complete(taskId);
        else
            tasks.reopen(taskId);
    } catch (const Error& error) {
        showWarning(this, error.message());
        reload();
        return;
    }
    reload();
    Q_EMIT tasksChanged();
}

void TasksPage::editTask(bool creating)
{
    if (m_holder.isLocked())
        return;
    std::optional<Task> task;
    if (creating && m_fixedCaseId != 0) {
        task = Task();
        task->caseId = m_fixedCaseId;
    }
    if (!creating) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const TaskTableModel::Row* row =
            rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
        if (!row)
            return;
        task = row->task;
    }
    auto* dialog = new TaskDialog(m_holder, task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        Q_EMIT tasksChanged();
        if (const int row = m_model->rowOf(dialog->savedTaskId()); row >= 0)
            m_table->selectRow(row);
    });
    dialog->open();
}

} // namespace ui
} // namespace amparo
