#pragma once

#include "vault/KeySlotFile.h"
#include "vault/VaultLayout.h"

#include <QString>

namespace amparo {

// Reads and writes a vault's key-slot file and its backup copy. Each write
// replaces the main file atomically and then the backup, so a damaged main
// file (a bad sector, an interrupted copy) never locks everyone out.
class KeySlotStore
{
public:
    explicit KeySlotStore(VaultLayout layout) : m_layout(std::move(layout)) {}

    struct Loaded
    {
        KeySlotFile file;
        bool fromBackup = false;
        QString warning; // what was wrong with the main file, when fromBackup
    };

    // Throws Error(Corrupt) naming the problem when neither copy is usable,
    // Error(NotFound) when the directory holds no vault.
    Loaded load() const;
    void save(const KeySlotFile& file) const;

private:
    VaultLayout m_layout;
};

} // namespace amparo
