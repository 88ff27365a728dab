// Writes the seed files of the key-slot and backup fuzzers, made by the real
// code from a throwaway vault (the tests' fast key derivation and passphrase,
// so they protect nothing): `fuzz_make_seeds [tests/data/fuzz]`.
// Run it by hand when a file format changes and commit what it writes.
#include "DomainFixture.h"
#include "TestSupport.h"
#include "vault/KeySlotFile.h"
#include "vault/VaultLayout.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <cstdio>
#include <sodium.h>

using namespace amparo;

namespace {

// The backup format of core/backup/Backup.cpp (docs/SECURITY.md, "Backups"),
// with only the first pages of the encrypted database: enough for every
// check restoreBackup() makes, small enough to commit.
QByteArray backupOf(const QByteArray& keySlots, const QByteArray& database)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.writeRawData("AMPARO-BACKUP\n", 14);
    out << qint32(1) << qint64(keySlots.size());
    out.writeRawData(keySlots.constData(), int(keySlots.size()));
    out << qint64(database.size());
    out.writeRawData(database.constData(), int(database.size()));
    QByteArray checksum(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(checksum.data()), checksum.size(),
                       reinterpret_cast<const unsigned char*>(body.constData()),
                       static_cast<unsigned long long>(body.size()), nullptr, 0);
    return body + checksum;
}

void write(const QString& folder, const QString& name, const QByteArray& contents)
{
    QDir().mkpath(folder);
    test::writeAll(folder + QLatin1Char('/') + name, contents);
    std::printf("%s/%s (%lld bytes)\n", qUtf8Printable(folder), qUtf8Printable(name),
                static_cast<long long>(contents.size()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const QString root =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(AMPARO_TEST_DATA "/fuzz");
    const QString slotsFolder = root + QStringLiteral("/fuzz_keyslot_file");
    const QString backupFolder = root + QStringLiteral("/fuzz_backup_reader");

    test::DomainFixture domain; // an administrator, a recovery key and seven users
    const VaultLayout layout(domain.vault.directory);
    const QByteArray manySlots = test::readAll(layout.keySlots());
    write(slotsFolder, QStringLiteral("nine-slots.keyslots"), manySlots);

    test::VaultFixture single;
    const QByteArray twoSlots = test::readAll(VaultLayout(single.directory).keySlots());
    write(slotsFolder, QStringLiteral("admin-and-recovery.keyslots"), twoSlots);

    // Half-way through a master-key rotation every slot holds two sealed keys.
    KeySlotFile rotating = KeySlotFile::parse(twoSlots);
    for (KeySlot& slot : rotating.slots)
        slot.sealedMasterKeys.push_back(slot.sealedMasterKeys.front());
    write(slotsFolder, QStringLiteral("rotation.keyslots"), rotating.serialize());

    const QByteArray database = test::readAll(VaultLayout(single.directory).database()).left(2048);
    KeySlotFile slots = KeySlotFile::parse(twoSlots);
    slots.databaseSalt = database.left(16);
    const QByteArray backup = backupOf(slots.serialize(), database);
    write(backupFolder, QStringLiteral("small.amparo-backup"), backup);
    write(backupFolder, QStringLiteral("truncated.amparo-backup"), backup.left(backup.size() / 2));
    write(backupFolder, QStringLiteral("nine-slots.amparo-backup"),
          backupOf(manySlots, test::readAll(layout.database()).left(1024)));
    return 0;
}
