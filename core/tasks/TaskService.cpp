#include "tasks/TaskService.h"

#include "attachments/RecordOwner.h"
#include "auth/Permission.h"
#include "auth/UserRepository.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "tasks/TaskAudit.h"
#include "tasks/TaskReader.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct TaskText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::TaskService)
};

constexpr int kMaxYearsAhead = 10;

const QStringList& ownerTypes()
{
    static const QStringList types = {QStringLiteral("case"),        QStringLiteral("person"),
                                      QStringLiteral("violation"),   QStringLiteral("intervention"),
                                      QStringLiteral("assistance"),  QStringLiteral("grant"),
                                      QStringLiteral("disbursement")};
    return types;
}

bool isCaseMaterial(const Task& t)
{
    return t.caseId || !t.ownerType.isEmpty();
}

} // namespace

QDate TaskService::today() const
{
    // Due dates are calendar days where the user works, not in UTC.
    return m_session.clock().nowUtc().toLocalTime().date();
}

void TaskService::requireWriter(const Task& task) const
{
    const auth::User& user = m_session.user();
    if (isCaseMaterial(task)) {
        auth::requirePermission(user, auth::Permission::EditCases);
        return;
    }
    // Any role that acts may keep reminders; the auditor only reads.
    using auth::Permission;
    for (const Permission p : {Permission::EditCases, Permission::ApproveGrants,
                               Permission::RecordLedger, Permission::ManageSettings}) {
        if (auth::rolesAllow(user.roles, p) && user.isActive())
            return;
    }
    auth::requirePermission(user, Permission::EditCases);
}

void TaskService::requireWriterOrAssignee(const Task& task) const
{
    if (task.assigneeId == m_session.user().id && m_session.user().isActive())
        return;
    requireWriter(task);
}

Task TaskService::validated(const Task& input) const
{
    Task t = input;
    t.title = validate::text(TaskText::tr("The title"), input.title, validate::kShortText, true);
    if (!t.dueOn.isValid())
        throw Error(ErrorKind::Invalid, TaskText::tr("The due date is required."));
    const QDate latest = today().addYears(kMaxYearsAhead);
    if (t.dueOn < QDate(1900, 1, 1) || t.dueOn > latest)
        throw Error(ErrorKind::Invalid,
                    TaskText::tr("The due date: %1 is not between 1900-01-01 and %2.")
                        .arg(t.dueOn.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
    const auto assignee = auth::UserRepository(m_session.database()).findById(input.assigneeId);
    if (!assignee || !assignee->isActive())
        throw Error(ErrorKind::Invalid, TaskText::tr("The assignee must be an active user."));
    t.ownerType = input.ownerType.trimmed().toLower();
    if (t.ownerType.isEmpty()) {
        t.ownerId.reset();
    } else {
        if (!input.ownerId)
            throw Error(ErrorKind::Invalid, TaskText::tr("The linked record is missing its id."));
        const RecordOwner owner =
            requireVisibleRecord(m_session, t.ownerType, *input.ownerId, ownerTypes());
        if (owner.caseId && t.caseId && *owner.caseId != *t.caseId)
            throw Error(ErrorKind::Invalid,
                        TaskText::tr("The linked record belongs to another case than the task."));
        if (owner.caseId)
            t.caseId = owner.caseId;
    }
    if (t.caseId) {
        const Case c = CaseService(m_session).get(*t.caseId);
        db::Statement assigned = m_session.database().prepare(
            "SELECT 1 FROM case_assignments WHERE case_id = ?1 AND user_id = ?2");
        if (c.restricted && !seesAllCases(*assignee) &&
            !assigned.bind(1, c.id).bind(2, assignee->id).step())
            throw Error(ErrorKind::Refused,
                        TaskText::tr("%1 may not see the restricted case %2; assign them to the "
                                     "case before giving them a task in it.")
                            .arg(assignee->login, c.reference));
    }
    return t;
}

Task TaskService::create(const Task& input)
{
    requireWriter(input);
    Task t = validated(input);
    t.doneOn.reset();
    t.createdBy = m_session.user().id;
    db::Database& database = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();
    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO tasks (title, due_on, assignee_id, owner_type, owner_id, case_id, "
                 "done_on, "
                 "created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8)")
        .bind(1, t.title)
        .bind(2, toStoredDate(t.dueOn))
        .bind(3, t.assigneeId)
        .bind(4, t.ownerType)
        .bind(5, t.ownerId)
        .bind(6, t.caseId)
        .bind(7, t.createdBy)
        .bind(8, toStoredTimestamp(now))
        .run();
    t.id = database.lastInsertRowId();
    t.createdAt = now;
    m_session.audit().append(m_session.actor(), QStringLiteral("task.create"),
                             QStringLiteral("task"), QString::number(t.id),
                             taskChanges(std::nullopt, t));
    m_session.notifyAfterCommit({QStringLiteral("task"), t.id, ChangeEvent::Kind::Created});
    transaction.commit();
    return t;
}

void TaskService::update(const Task& changed)
{
    const Task before = get(changed.id);
    requireWriter(before);
    requireWriter(changed);
    Task t = validated(changed);
    t.doneOn = before.doneOn;
    t.createdBy = before.createdBy;
    t.createdAt = before.createdAt;
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("UPDATE tasks SET title = ?1, due_on = ?2, assignee_id = ?3, owner_type = ?4, "
                 "owner_id = ?5, "
                 "case_id = ?6 WHERE id = ?7")
        .bind(1, t.title)
        .bind(2, toStoredDate(t.dueOn))
        .bind(3, t.assigneeId)
        .bind(4, t.ownerType)
        .bind(5, t.ownerId)
        .bind(6, t.caseId)
        .bind(7, t.id)
        .run();
    const auto changes = taskChanges(before, t);
    if (!changes.empty())
        m_session.audit().append(m_session.actor(), QStringLiteral("task.update"),
                                 QStringLiteral("task"), QString::number(t.id), changes);
    m_session.notifyAfterCommit({QStringLiteral("task"), t.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void TaskService::complete(qint64 taskId)
{
    setDone(taskId, true);
}

void TaskService::reopen(qint64 taskId)
{
    setDone(taskId, false);
}

void TaskService::setDone(qint64 taskId, bool done)
{
    const Task before = get(taskId);
    requireWriterOrAssignee(before);
    if (before.doneOn.has_value() == done)
        return;
    Task after = before;
    after.doneOn = done ? std::optional<QDate>(today()) : std::nullopt;
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database.prepare("UPDATE tasks SET done_on = nullif(?1, '') WHERE id = ?2")
        .bind(1, toStoredDate(after.doneOn))
        .bind(2, taskId)
        .run();
    m_session.audit().append(
        m_session.actor(), done ? QStringLiteral("task.complete") : QStringLiteral("task.reopen"),
        QStringLiteral("task"), QString::number(taskId), taskChanges(before, after));
    m_session.notifyAfterCommit({QStringLiteral("task"), taskId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

Task TaskService::get(qint64 taskId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    auto found = TaskReader(m_session).byId(taskId);
    if (!found)
        throw Error(ErrorKind::NotFound,
                    TaskText::tr("There is no task with the id %1.").arg(taskId));
    return std::move(*found);
}

std::vector<Task> TaskService::listForCase(qint64 caseId) const
{
    CaseService(m_session).get(caseId);
    return TaskReader(m_session).forCase(caseId);
}

std::vector<Task> TaskService::listForAssignee(qint64 userId) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    return TaskReader(m_session).openForAssignee(userId);
}

std::vector<Task> TaskService::overdue() const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    return TaskReader(m_session).openDueBefore(today());
}

std::vector<Task> TaskService::listWithCases(int limit) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    return TaskReader(m_session).withCases(limit);
}

std::vector<auth::User> TaskService::users() const
{
    auth::requirePermission(m_session.user(), auth::Permission::ReadCases);
    return auth::UserRepository(m_session.database()).all();
}

bool TaskService::isOverdue(const Task& task) const
{
    return !task.doneOn && task.dueOn < today();
}

} // namespace amparo
