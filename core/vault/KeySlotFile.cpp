#include "vault/KeySlotFile.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <algorithm>
#include <sodium.h>

namespace amparo {
namespace {

struct SlotFileText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::KeySlotFile)
};

constexpr const char* kMagic = "amparo-keyslots 1";

QByteArray sha256(const QByteArray& data)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return digest;
}

[[noreturn]] void damaged(const QString& why)
{
    throw Error(ErrorKind::Corrupt, SlotFileText::tr("The key-slot file is damaged: %1").arg(why));
}

QByteArray hexField(const QByteArray& value, int line, const char* name, qsizetype expectedSize)
{
    const bool isHex = std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
    const QByteArray decoded = QByteArray::fromHex(value);
    if (!isHex || value.size() % 2 != 0 || (expectedSize >= 0 && decoded.size() != expectedSize))
        damaged(SlotFileText::tr("line %1 has a malformed %2 field.")
                    .arg(line)
                    .arg(QLatin1String(name)));
    return decoded;
}

quint64 numberField(const QByteArray& value, int line, const char* name)
{
    bool ok = false;
    const qulonglong number = value.toULongLong(&ok);
    if (!ok)
        damaged(SlotFileText::tr("line %1 has a malformed %2 field.")
                    .arg(line)
                    .arg(QLatin1String(name)));
    return number;
}

KeySlot parseSlot(const QList<QByteArray>& words, int line)
{
    KeySlot slot;
    if (words.value(1) == "user")
        slot.kind = KeySlot::Kind::User;
    else if (words.value(1) == "recovery")
        slot.kind = KeySlot::Kind::Recovery;
    else
        damaged(SlotFileText::tr("line %1 names an unknown kind of slot.").arg(line));

    QByteArray id, kdf, ops, mem, salt, pk, sk, mk;
    const std::pair<const char*, QByteArray*> fields[] = {
        {"id", &id},     {"kdf", &kdf}, {"ops", &ops}, {"mem", &mem},
        {"salt", &salt}, {"pk", &pk},   {"sk", &sk},   {"mk", &mk}};
    for (qsizetype i = 2; i < words.size(); ++i) {
        const qsizetype equals = words[i].indexOf('=');
        const QByteArray key = words[i].left(equals);
        auto field = std::find_if(std::begin(fields), std::end(fields),
                                  [&](const auto& f) { return key == f.first; });
        if (equals < 0 || field == std::end(fields) || !field->second->isNull())
            damaged(SlotFileText::tr("line %1 has an unexpected field.").arg(line));
        *field->second = words[i].mid(equals + 1);
        if (field->second->isNull())
            *field->second = QByteArray("");
    }
    if (kdf != "argon2id13")
        damaged(SlotFileText::tr("line %1 uses an unknown key derivation.").arg(line));
    slot.id = hexField(id, line, "id", kSlotIdSize);
    slot.kdf = {numberField(ops, line, "ops"), numberField(mem, line, "mem")};
    if (!slot.kdf.isWithinBounds())
        damaged(SlotFileText::tr("line %1 has key derivation costs out of range.").arg(line));
    slot.salt = hexField(salt, line, "salt", kKdfSaltSize);
    slot.publicKey = hexField(pk, line, "pk", crypto_box_PUBLICKEYBYTES);
    slot.wrappedSecretKey = hexField(sk, line, "sk", -1);
    for (const QByteArray& sealed : mk.split(','))
        slot.sealedMasterKeys.push_back(
            hexField(sealed, line, "mk", crypto_box_SEALBYTES + kMasterKeySize));
    return slot;
}

} // namespace

QByteArray KeySlotFile::serialize() const
{
    QByteArray out = QByteArray(kMagic) + '\n';
    out += "vault " + vaultId.toHex() + '\n';
    out += "database " + databaseSalt.toHex() + '\n';
    for (const KeySlot& slot : slots) {
        QByteArrayList sealed;
        for (const QByteArray& key : slot.sealedMasterKeys)
            sealed << key.toHex();
        out += QByteArray("slot ") + (slot.kind == KeySlot::Kind::User ? "user" : "recovery");
        out += " id=" + slot.id.toHex() + " kdf=argon2id13";
        out += " ops=" + QByteArray::number(static_cast<qulonglong>(slot.kdf.opsLimit));
        out += " mem=" + QByteArray::number(static_cast<qulonglong>(slot.kdf.memLimit));
        out += " salt=" + slot.salt.toHex() + " pk=" + slot.publicKey.toHex();
        out += " sk=" + slot.wrappedSecretKey.toHex() + " mk=" + sealed.join(',') + '\n';
    }
    out += "checksum " + sha256(out).toHex() + '\n';
    return out;
}

KeySlotFile KeySlotFile::parse(const QByteArray& contents)
{
    if (contents.isEmpty())
        damaged(SlotFileText::tr("it is empty."));
    if (contents.size() > kMaxKeySlotFileSize)
        damaged(SlotFileText::tr("it is far larger than a key-slot file can be."));
    if (!contents.startsWith(QByteArray(QByteArray(kMagic) + '\n')))
        damaged(SlotFileText::tr("it is not an Amparo key-slot file, or of an unknown version."));

    // The checksum line is last; anything cut off before it is truncation.
    const qsizetype checksumAt = contents.lastIndexOf("\nchecksum ");
    if (checksumAt < 0 || !contents.endsWith('\n'))
        damaged(SlotFileText::tr("it is truncated (the checksum line is missing)."));
    const QByteArray body = contents.left(checksumAt + 1);
    const QByteArray stated = contents.mid(checksumAt + 10).trimmed();
    if (stated.size() != 64 || QByteArray::fromHex(stated) != sha256(body))
        damaged(
            SlotFileText::tr("its checksum does not match (the file was cut short or edited)."));

    KeySlotFile file;
    const QList<QByteArray> lines = body.split('\n');
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const int line = static_cast<int>(index + 1);
        const QList<QByteArray> words = lines[index].split(' ');
        if (lines[index].isEmpty())
            continue;
        if (words[0] == "vault" && words.size() == 2)
            file.vaultId = hexField(words[1], line, "vault", kVaultIdSize);
        else if (words[0] == "database" && words.size() == 2)
            file.databaseSalt = hexField(words[1], line, "database", 16);
        else if (words[0] == "slot")
            file.slots.push_back(parseSlot(words, line));
        else
            damaged(SlotFileText::tr("line %1 is not understood.").arg(line));
    }
    if (file.vaultId.isEmpty() || file.databaseSalt.isEmpty())
        damaged(SlotFileText::tr("the vault identity is missing."));
    return file;
}

const KeySlot* KeySlotFile::find(KeySlot::Kind kind, const QByteArray& id) const
{
    const auto it = std::find_if(slots.begin(), slots.end(), [&](const KeySlot& slot) {
        return slot.kind == kind && slot.id == id;
    });
    return it == slots.end() ? nullptr : &*it;
}

void KeySlotFile::remove(KeySlot::Kind kind, const QByteArray& id)
{
    std::erase_if(slots, [&](const KeySlot& slot) { return slot.kind == kind && slot.id == id; });
}

void KeySlotFile::put(KeySlot slot)
{
    remove(slot.kind, slot.id);
    slots.push_back(std::move(slot));
}

void KeySlotFile::resealAll(const std::vector<const SecureBytes*>& masterKeys)
{
    for (KeySlot& slot : slots) {
        slot.sealedMasterKeys.clear();
        for (const SecureBytes* key : masterKeys)
            slot.sealedMasterKeys.push_back(sealMasterKey(*key, slot.publicKey));
    }
}

} // namespace amparo
