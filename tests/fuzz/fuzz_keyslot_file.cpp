// Any bytes as a key-slot file (the file read before anything else when a
// vault opens): the parser either refuses them with Error(Corrupt) or
// returns slots that serialise back to a file it reads the same way.
//
// A checksum line guards the file, so random changes rarely get past it.
// Each input is therefore parsed twice: as it is, and with its checksum
// line recomputed, which lets the fuzzer reach the line and field parsers.
#include "FuzzInput.h"
#include "util/Error.h"
#include "vault/KeySlotFile.h"

#include <sodium.h>

using namespace amparo;

namespace {

QByteArray withFreshChecksum(const QByteArray& contents)
{
    const qsizetype checksumAt = contents.lastIndexOf("\nchecksum ");
    if (checksumAt < 0)
        return {};
    const QByteArray body = contents.left(checksumAt + 1);
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(body.constData()),
                       static_cast<unsigned long long>(body.size()));
    return body + "checksum " + digest.toHex() + '\n';
}

void parseAndCheck(const QByteArray& contents)
{
    KeySlotFile file;
    try {
        file = KeySlotFile::parse(contents);
    } catch (const Error& error) {
        AMPARO_FUZZ_CHECK(error.kind() == ErrorKind::Corrupt, error.message());
        return;
    }
    AMPARO_FUZZ_CHECK(file.vaultId.size() == qsizetype(kVaultIdSize), QString());
    AMPARO_FUZZ_CHECK(file.databaseSalt.size() == 16, QString());
    for (const KeySlot& slot : file.slots) {
        AMPARO_FUZZ_CHECK(slot.id.size() == qsizetype(kSlotIdSize), QString());
        AMPARO_FUZZ_CHECK(slot.kdf.isWithinBounds(), QString());
        AMPARO_FUZZ_CHECK(!slot.sealedMasterKeys.empty(), QString());
    }
    // What was read is written in the canonical form, which reads the same.
    const QByteArray canonical = file.serialize();
    const KeySlotFile again = KeySlotFile::parse(canonical);
    AMPARO_FUZZ_CHECK(again.serialize() == canonical, QString::fromLatin1(canonical));
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
    const QByteArray contents = fuzz::bytes(data, size);
    parseAndCheck(contents);
    const QByteArray repaired = withFreshChecksum(contents);
    if (!repaired.isEmpty() && repaired != contents)
        parseAndCheck(repaired);
    return 0;
}
