#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace amparo {

class Session;

// One file that holds a whole vault: its encrypted database (a consistent
// snapshot taken through SQLite's backup API, still under the master key)
// and its key-slot file (whose slots are wrapped by each user's passphrase
// and the recovery key). Nothing in it is readable without a passphrase or
// the recovery key, and a checksum over everything detects truncation and
// damage. Format in docs/SECURITY.md ("Backups").
struct BackupSummary
{
    QString path;
    qint64 bytes = 0;
    QDateTime writtenAt;
};

// Writes the backup to `outPath` (atomically: a failure leaves no file),
// then reads it back and opens the snapshot to prove it restores.
// Administrators only; audited.
BackupSummary writeBackup(Session& session, const QString& outPath);

// When the last backup of this vault was written, if ever.
std::optional<QDateTime> lastBackupAt(Session& session);
// After how many days without a backup administrators are reminded (the
// backup_reminder_days setting, 7 unless set).
int backupReminderDays(Session& session);

// Restores `backupPath` into `targetDirectory`, which must not exist yet or
// be empty. A truncated, damaged or foreign file is refused with
// Error(Corrupt) naming the problem, and leaves nothing behind. The
// restored vault opens with the same passphrases as the original.
void restoreBackup(const QString& backupPath, const QString& targetDirectory);

} // namespace amparo
