#include "tasks/TaskDialog.h"

#include "cases/CaseService.h"
#include "common/DateFormat.h"
#include "common/ErrorLabel.h"
#include "common/Retranslate.h"
#include "main/SessionHolder.h"
#include "tasks/TaskService.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amparo {
namespace ui {
namespace {

// An assignee item's user, to name them again in another language.
constexpr int kDisplayNameRole = Qt::UserRole + 1;
constexpr int kLoginRole = Qt::UserRole + 2;

} // namespace

TaskDialog::TaskDialog(SessionHolder& holder, std::optional<Task> task, QWidget* parent)
    : QDialog(parent), m_holder(holder),
      // A task with no id is a new one, possibly with its case already chosen.
      m_creating(!task || task->id == 0), m_title(new QLineEdit(this)), m_case(new QLineEdit(this)),
      m_assignee(new QComboBox(this)), m_due(new QDateEdit(this)), m_error(new ErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    Session& session = holder.session();
    if (task)
        m_task = *task;
    if (m_creating) {
        m_task.assigneeId = session.user().id;
        m_task.dueOn = session.clock().nowUtc().toLocalTime().date().addDays(7);
    }
    m_title->setText(m_task.title);
    m_due->setCalendarPopup(true);
    m_due->setDate(m_task.dueOn);
    try {
        if (m_task.caseId)
            m_case->setText(CaseService(session).get(*m_task.caseId).reference);
        fillAssignees(TaskService(session).users(), m_task.assigneeId);
    } catch (const Error& error) {
        m_error->showError(error.message());
    }
    // A task about one record (a person, a grant …) stays tied to its case.
    m_case->setReadOnly(!m_task.ownerType.isEmpty());
    keepButtonText(*m_buttons, m_buttons->button(QDialogButtonBox::Ok),
                   [this] { return m_creating ? tr("&Create") : tr("&Save"); });

    auto* form = new QFormLayout;
    m_titleLabel = addFormRow(*form, m_title);
    m_caseLabel = addFormRow(*form, m_case);
    m_assigneeLabel = addFormRow(*form, m_assignee);
    m_dueLabel = addFormRow(*form, m_due);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    retranslate();
}

void TaskDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TaskDialog::retranslate()
{
    setWindowTitle(m_creating ? tr("New task") : tr("Edit the task"));
    m_due->setDisplayFormat(fullYearDateFormat());
    m_titleLabel->setText(tr("&Title:"));
    m_title->setAccessibleName(tr("Task title"));
    m_caseLabel->setText(tr("&Case:"));
    m_case->setAccessibleName(tr("Case reference"));
    m_case->setPlaceholderText(tr("Leave empty for a task about no case"));
    m_assigneeLabel->setText(tr("&Assigned to:"));
    m_assignee->setAccessibleName(tr("Assignee"));
    for (int item = 0; item < m_assignee->count(); ++item) {
        const QString displayName = m_assignee->itemData(item, kDisplayNameRole).toString();
        const QString login = m_assignee->itemData(item, kLoginRole).toString();
        //: A user's name and, in brackets, their login.
        m_assignee->setItemText(
            item, displayName.isEmpty() ? login : tr("%1 (%2)").arg(displayName, login));
    }
    m_dueLabel->setText(tr("&Due on:"));
    m_due->setAccessibleName(tr("Due date"));
}

void TaskDialog::fillAssignees(const std::vector<auth::User>& users, qint64 selected)
{
    for (const auth::User& user : users) {
        if (!user.isActive() && user.id != selected)
            continue;
        m_assignee->addItem(QString(), user.id);
        m_assignee->setItemData(m_assignee->count() - 1, user.displayName, kDisplayNameRole);
        m_assignee->setItemData(m_assignee->count() - 1, user.login, kLoginRole);
        if (user.id == selected)
            m_assignee->setCurrentIndex(m_assignee->count() - 1);
    }
}

void TaskDialog::accept()
{
    if (m_holder.isLocked())
        return;
    Task changed = m_task;
    changed.title = m_title->text();
    changed.dueOn = m_due->date();
    changed.assigneeId = m_assignee->currentData().toLongLong();
    try {
        Session& session = m_holder.session();
        if (m_task.ownerType.isEmpty()) {
            const QString reference = m_case->text().trimmed();
            changed.caseId =
                reference.isEmpty()
                    ? std::nullopt
                    : std::optional<qint64>(CaseService(session).getByReference(reference).id);
        }
        TaskService tasks(session);
        if (changed.id == 0)
            m_task = tasks.create(changed);
        else {
            tasks.update(changed);
            m_task = changed;
        }
    } catch (const Error& error) {
        m_error->showError(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace ui
} // namespace amparo
