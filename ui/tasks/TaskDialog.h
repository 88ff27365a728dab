#pragma once

#include "auth/User.h"
#include "tasks/Task.h"

#include <QDialog>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace amparo {
namespace ui {

class ErrorLabel;
class SessionHolder;

// Creates a task, or edits one: its title, the case it is about (by
// reference, optional), who does it and by when. The core checks
// everything and its message is shown here; nothing is saved until it
// accepts.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    // `task` empty: a new task, assigned to the user by default.
    TaskDialog(SessionHolder& holder, std::optional<Task> task, QWidget* parent = nullptr);

    qint64 savedTaskId() const { return m_task.id; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillAssignees(const std::vector<auth::User>& users, qint64 selected);

    SessionHolder& m_holder;
    Task m_task;
    bool m_creating;
    QLineEdit* m_title;
    QLineEdit* m_case;
    QComboBox* m_assignee;
    QDateEdit* m_due;
    ErrorLabel* m_error;
    QDialogButtonBox* m_buttons;
    QLabel* m_titleLabel;
    QLabel* m_caseLabel;
    QLabel* m_assigneeLabel;
    QLabel* m_dueLabel;
};

} // namespace ui
} // namespace amparo
