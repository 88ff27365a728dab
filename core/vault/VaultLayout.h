#pragma once

#include <QString>

namespace amparo {

// A vault is a directory. Only the database is encrypted with the master
// key; the key-slot files must be readable before it is known, and hold no
// names (see docs/SECURITY.md).
struct VaultLayout
{
    explicit VaultLayout(QString directory) : directory(std::move(directory)) {}

    QString database() const { return directory + QStringLiteral("/vault.db"); }
    QString keySlots() const { return directory + QStringLiteral("/keyslots"); }
    QString keySlotsBackup() const { return directory + QStringLiteral("/keyslots.bak"); }
    QString attempts() const { return directory + QStringLiteral("/attempts"); }
    QString lockFile() const { return directory + QStringLiteral("/lock"); }

    QString directory;
};

} // namespace amparo
