#include "audit/AuditLabels.h"

#include "auth/Permission.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "domain/Vocabulary.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace amparo {
namespace audit {
namespace {

struct AuditLabelText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::AuditLabels)
};

using Labels = QHash<QString, const char*>;

const Labels& actionLabels()
{
    static const Labels labels = {
        {QStringLiteral("vault.create"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Vault created")},
        {QStringLiteral("vault.backup"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Backup written")},
        {QStringLiteral("vault.rotate_master_key"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Master key rotated")},
        {QStringLiteral("keyslots.restore_from_backup"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Key-slot file restored from its copy")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Signed in")},
        {QStringLiteral("lock"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Locked")},
        {QStringLiteral("attachment.export"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Copy of a document exported")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "User added")},
        {QStringLiteral("user.roles"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Roles changed")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "User disabled")},
        {QStringLiteral("user.enable"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "User enabled")},
        {QStringLiteral("user.remove"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "User removed")},
        {QStringLiteral("user.passphrase_change"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Passphrase changed")},
        {QStringLiteral("user.passphrase_reset"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Passphrase reset with the recovery key")},
        {QStringLiteral("settings.update"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Setting changed")},
        {QStringLiteral("case.create"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case opened")},
        {QStringLiteral("case.update"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case edited")},
        {QStringLiteral("case.transition"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case status changed")},
        {QStringLiteral("case.import_status"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case status imported")},
        {QStringLiteral("case.assign"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case assigned")},
        {QStringLiteral("case.unassign"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case assignment ended")},
        {QStringLiteral("case.add_person"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Person added to a case")},
        {QStringLiteral("case.remove_person"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Person removed from a case")},
        {QStringLiteral("person.create"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Person added")},
        {QStringLiteral("person.update"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Person edited")},
        {QStringLiteral("person.anonymise"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Person anonymised")},
        {QStringLiteral("consent.record"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Consent recorded")},
        {QStringLiteral("organisation.create"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Organisation added")},
        {QStringLiteral("organisation.update"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Organisation edited")},
        {QStringLiteral("violation.create"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Violation recorded")},
        {QStringLiteral("violation.update"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Violation edited")},
        {QStringLiteral("violation.remove"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Violation removed")},
        {QStringLiteral("violation.medical_record"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Medical record changed")},
        {QStringLiteral("intervention.create"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Intervention recorded")},
        {QStringLiteral("intervention.update"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Intervention edited")},
        {QStringLiteral("assistance.create"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Assistance requested")},
        {QStringLiteral("assistance.update"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Assistance edited")},
        {QStringLiteral("assistance.transition"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Assistance status changed")},
        {QStringLiteral("attachment.add"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Document attached")},
        {QStringLiteral("attachment.remove"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Document removed")},
        {QStringLiteral("task.create"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Task created")},
        {QStringLiteral("task.update"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Task edited")},
        {QStringLiteral("task.complete"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Task completed")},
        {QStringLiteral("task.reopen"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Task reopened")},
        {QStringLiteral("fund.create"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Fund created")},
        {QStringLiteral("fund.update"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Fund edited")},
        {QStringLiteral("contribution.record"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Contribution recorded")},
        {QStringLiteral("grant.request"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Grant requested")},
        {QStringLiteral("grant.update"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Grant edited")},
        {QStringLiteral("grant.transition"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Grant status changed")},
        {QStringLiteral("grant.approve"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Grant approved")},
        {QStringLiteral("grant.authorise_overcommit"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Fund overcommitment authorised")},
        {QStringLiteral("ledger.post"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Ledger transaction posted")},
        {QStringLiteral("ledger.reverse"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Ledger transaction reversed")},
        {QStringLiteral("ledger.lock"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Ledger period locked")},
        {QStringLiteral("ledger.export"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Journal exported")},
        {QStringLiteral("export.pdf"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case summary exported")},
        {QStringLiteral("export.csv"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Spreadsheet exported")},
        {QStringLiteral("import.csv"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Spreadsheet imported")},
    };
    return labels;
}

const Labels& entityTypeLabels()
{
    static const Labels labels = {
        {QStringLiteral("vault"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Vault")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "User")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Setting")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Person")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Organisation")},
        {QStringLiteral("violation"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Violation")},
        {QStringLiteral("intervention"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Intervention")},
        {QStringLiteral("assistance"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Assistance")},
        {QStringLiteral("attachment"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Document")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Task")},
        {QStringLiteral("fund"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Fund")},
        {QStringLiteral("contribution"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Contribution")},
        {QStringLiteral("grant"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Grant")},
        {QStringLiteral("disbursement"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Disbursement")},
        {QStringLiteral("ledger"), QT_TRANSLATE_NOOP("amparo::AuditLabels", "Ledger")},
        {QStringLiteral("ledger_transaction"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Ledger transaction")},
    };
    return labels;
}

QString labelFrom(const Labels& labels, const QString& name)
{
    const auto found = labels.constFind(name);
    return found == labels.constEnd() ? name
                                      : QCoreApplication::translate("amparo::AuditLabels", *found);
}

// The column a record is known by, per kind of record.
const char* labelQuery(const QString& entityType)
{
    static const QHash<QString, const char*> queries = {
        {QStringLiteral("case"), "SELECT reference FROM cases WHERE id = ?1"},
        {QStringLiteral("grant"), "SELECT reference FROM grants WHERE id = ?1"},
        {QStringLiteral("fund"), "SELECT code FROM funds WHERE id = ?1"},
        {QStringLiteral("user"), "SELECT login FROM users WHERE id = ?1 OR login = ?1"},
        {QStringLiteral("task"), "SELECT title FROM tasks WHERE id = ?1"},
        {QStringLiteral("organisation"), "SELECT name FROM organisations WHERE id = ?1"},
    };
    return queries.value(entityType, nullptr);
}

QString settingLabel(const QString& key)
{
    static const Labels labels = {
        {QStringLiteral("case_reference_prefix"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Case reference prefix")},
        {QStringLiteral("auto_lock_minutes"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Auto-lock minutes")},
        {QStringLiteral("approval_threshold_minor"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Approval threshold")},
        {QStringLiteral("attachment_max_bytes"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Largest attachment")},
        {QStringLiteral("justification_days"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Days to justify a payment")},
        {QStringLiteral("backup_reminder_days"),
         QT_TRANSLATE_NOOP("amparo::AuditLabels", "Days between backup reminders")},
    };
    return labelFrom(labels, key);
}

// The fields whose values are terms of a vocabulary, shown by their labels.
std::optional<Vocabulary> vocabularyOf(const QString& field)
{
    static const QHash<QString, Vocabulary> vocabularies = {
        {QStringLiteral("status"), Vocabulary::CaseStatus},
        {QStringLiteral("priority"), Vocabulary::Priority},
        {QStringLiteral("programme"), Vocabulary::Programme},
        {QStringLiteral("role"), Vocabulary::PersonRole},
        {QStringLiteral("type"), Vocabulary::ViolationType},
    };
    const auto found = vocabularies.constFind(field);
    return found == vocabularies.constEnd() ? std::nullopt : std::optional(found.value());
}

// Field names are stable column names ("incident_on"); a person reads "Incident on".
QString fieldLabel(const QString& field)
{
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (words.endsWith(QLatin1String(" id")))
        words.chop(3);
    return words.isEmpty() ? words : words.left(1).toUpper() + words.mid(1);
}

QString valueText(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return AuditLabelText::tr("(none)");
    if (const auto vocabulary = vocabularyOf(field))
        return termLabel(*vocabulary, value);
    return value.size() > 80 ? value.left(79) + QChar(0x2026) : value;
}

} // namespace

QString actionLabel(const QString& action)
{
    return labelFrom(actionLabels(), action);
}

QString entityTypeLabel(const QString& entityType)
{
    return labelFrom(entityTypeLabels(), entityType);
}

QStringList describeChanges(const std::vector<FieldChange>& changes)
{
    QStringList parts;
    for (const FieldChange& change : changes) {
        const QString field = fieldLabel(change.field);
        if (!change.before && !change.after)
            parts << AuditLabelText::tr("%1 changed").arg(field);
        else if (!change.before)
            parts << AuditLabelText::tr("%1: %2").arg(field,
                                                      valueText(change.field, *change.after));
        else if (!change.after)
            parts << AuditLabelText::tr("%1: %2 removed")
                         .arg(field, valueText(change.field, *change.before));
        else
            parts << AuditLabelText::tr("%1: %2 → %3")
                         .arg(field, valueText(change.field, *change.before),
                              valueText(change.field, *change.after));
    }
    return parts;
}

QString recordLabel(Session& session, const QString& entityType, const QString& entityId)
{
    auth::requirePermission(session.user(), auth::Permission::ReadAuditTrail);
    if (entityId.isEmpty())
        return entityTypeLabel(entityType);
    if (entityType == QLatin1String("settings"))
        return settingLabel(entityId);
    if (const char* sql = labelQuery(entityType)) {
        db::Statement row = session.database().prepare(sql);
        row.bind(1, entityId);
        if (row.step())
            return row.text(0);
    }
    return AuditLabelText::tr("%1 %2").arg(entityTypeLabel(entityType), entityId);
}

} // namespace audit
} // namespace amparo
