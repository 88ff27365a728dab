// Any bytes as a backup file given to restoreBackup(): it either refuses
// the file with Error(Corrupt), leaving nothing behind, or restores a vault
// folder whose key-slot files read back.
//
// A BLAKE2b checksum closes the file, so each input is tried twice: as it
// is, and with that checksum recomputed, which lets the fuzzer reach the
// part lengths and the key-slot file inside.
#include "FuzzInput.h"
#include "backup/Backup.h"
#include "util/Error.h"
#include "vault/KeySlotFile.h"
#include "vault/VaultLayout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <sodium.h>

using namespace amparo;

namespace {

constexpr qsizetype kChecksumSize = crypto_generichash_BYTES;

QByteArray withFreshChecksum(const QByteArray& contents)
{
    if (contents.size() < kChecksumSize)
        return {};
    QByteArray repaired = contents;
    const qsizetype bodySize = contents.size() - kChecksumSize;
    crypto_generichash(reinterpret_cast<unsigned char*>(repaired.data() + bodySize), kChecksumSize,
                       reinterpret_cast<const unsigned char*>(contents.constData()),
                       static_cast<unsigned long long>(bodySize), nullptr, 0);
    return repaired;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void restoreAndCheck(const QString& workPath, const QByteArray& contents)
{
    const QString backupPath = workPath + QStringLiteral("/fuzz.amparo-backup");
    const QString target = workPath + QStringLiteral("/restored");
    {
        QFile file(backupPath);
        AMPARO_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                              file.write(contents) == contents.size(),
                          backupPath);
    }
    bool restored = false;
    try {
        restoreBackup(backupPath, target);
        restored = true;
    } catch (const Error& error) {
        AMPARO_FUZZ_CHECK(error.kind() == ErrorKind::Corrupt, error.message());
    }
    const QStringList left =
        QDir(workPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (!restored) {
        AMPARO_FUZZ_CHECK(left == QStringList{QStringLiteral("fuzz.amparo-backup")},
                          left.join(QLatin1Char(' ')));
        return;
    }
    const VaultLayout layout(target);
    const QByteArray slots = readAll(layout.keySlots());
    AMPARO_FUZZ_CHECK(slots == readAll(layout.keySlotsBackup()), target);
    KeySlotFile::parse(slots); // throws, and so crashes the run, if the restore wrote junk
    AMPARO_FUZZ_CHECK(QFile(layout.database()).size() >= 1024, target);
    AMPARO_FUZZ_CHECK(QDir(target).removeRecursively(), target);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::startQt(argc, argv);
    if (sodium_init() < 0)
        return 1;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir work;
    const QByteArray contents = fuzz::bytes(data, size);
    restoreAndCheck(work.path(), contents);
    const QByteArray repaired = withFreshChecksum(contents);
    if (!repaired.isEmpty() && repaired != contents)
        restoreAndCheck(work.path(), repaired);
    return 0;
}
