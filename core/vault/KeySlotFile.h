#pragma once

#include "vault/KeySlot.h"

#include <QByteArray>
#include <vector>

namespace amparo {

// The key-slot file: small, line-oriented text ending in a SHA-256 checksum
// line, so that truncation and bit rot are told apart from a wrong passphrase.
//
//   amparo-keyslots 1
//   vault <hex vault id>
//   database <hex of the database file's first 16 bytes>
//   slot user id=<hex> kdf=argon2id13 ops=<n> mem=<n> salt=<hex> pk=<hex> sk=<hex> mk=<hex>[,<hex>]
//   checksum <hex SHA-256 of every byte before this line>
struct KeySlotFile
{
    QByteArray vaultId;
    QByteArray databaseSalt; // ties the file to one database file
    std::vector<KeySlot> slots;

    QByteArray serialize() const;
    // Throws Error(Corrupt) with a message naming what is wrong and where.
    static KeySlotFile parse(const QByteArray& contents);

    const KeySlot* find(KeySlot::Kind kind, const QByteArray& id) const;
    void remove(KeySlot::Kind kind, const QByteArray& id);
    void put(KeySlot slot); // replaces a slot with the same kind and id
    // Seals `masterKeys` (newest first) to every slot, replacing what they held.
    void resealAll(const std::vector<const SecureBytes*>& masterKeys);
};

inline constexpr qsizetype kMaxKeySlotFileSize = 4 * 1024 * 1024;

} // namespace amparo
