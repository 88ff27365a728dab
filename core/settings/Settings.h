#pragma once

#include <QString>
#include <utility>
#include <vector>

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

// The approval threshold is stored in hundredths; people read and type it
// as an amount with up to two decimals ("1500", "1500.50").
QString approvalThresholdText(db::Database& database);
// The stored form (hundredths) of such an amount; throws Error(Invalid).
QString approvalThresholdFromText(const QString& amount);
void setApprovalThreshold(Session& session, const QString& amount);

// Several settings at once: all are saved, or none when one is refused.
void setAll(Session& session, const std::vector<std::pair<const char*, QString>>& values);

} // namespace settings
} // namespace amparo
