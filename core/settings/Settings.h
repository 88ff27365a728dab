#pragma once

#include <QString>

namespace amparo {

class Session;
namespace db {
class Database;
}

// Organisation-wide settings stored in the vault (not per machine).
namespace settings {

inline constexpr char kCaseReferencePrefix[] = "case_reference_prefix";
inline constexpr char kAutoLockMinutes[] = "auto_lock_minutes";
inline constexpr char kApprovalThresholdMinor[] = "approval_threshold_minor";
inline constexpr char kAttachmentMaxBytes[] = "attachment_max_bytes";
// Days after a payment by which its receipts are due.
inline constexpr char kJustificationDays[] = "justification_days";
// Days without a backup after which administrators are reminded.
inline constexpr char kBackupReminderDays[] = "backup_reminder_days";

QString value(db::Database& database, const char* key);
qint64 integer(db::Database& database, const char* key);

// Checks the administrator's permission and the value, writes it with its
// audit entry. Throws Error(Invalid) naming the setting for a bad value.
void set(Session& session, const char* key, const QString& value);

} // namespace settings
} // namespace amparo
