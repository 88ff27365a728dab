#include "vault/KeySlotStore.h"

#include "util/AtomicFile.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace amparo {
namespace {

struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::KeySlotStore)
};

} // namespace

KeySlotStore::Loaded KeySlotStore::load() const
{
    // One copy: parsed, or the reason it could not be (missing, unreadable,
    // too large, damaged).
    struct Attempt
    {
        std::optional<KeySlotFile> file;
        bool exists = false;
        QString problem;
    };
    auto attempt = [](const QString& path) {
        Attempt result;
        try {
            const auto contents = readSmallFile(path, kMaxKeySlotFileSize);
            result.exists = contents.has_value();
            if (!contents)
                result.problem = StoreText::tr("The key-slot file %1 is missing.").arg(path);
            else
                result.file = KeySlotFile::parse(*contents);
        } catch (const Error& error) {
            result.exists = true;
            result.problem = error.message();
        }
        return result;
    };

    Attempt main = attempt(m_layout.keySlots());
    if (main.file)
        return {std::move(*main.file), false, {}};
    Attempt backup = attempt(m_layout.keySlotsBackup());
    if (backup.file)
        return {std::move(*backup.file), true, main.problem};
    if (!main.exists && !backup.exists)
        throw Error(
            ErrorKind::NotFound,
            StoreText::tr("%1 is not an Amparo vault (no key-slot file).").arg(m_layout.directory));
    if (!backup.exists)
        throw Error(ErrorKind::Corrupt,
                    StoreText::tr("%1 There is no backup copy; restore the vault from a backup.")
                        .arg(main.problem));
    throw Error(
        ErrorKind::Corrupt,
        StoreText::tr("%1 The backup copy is damaged too: %2").arg(main.problem, backup.problem));
}

void KeySlotStore::save(const KeySlotFile& file) const
{
    const QByteArray contents = file.serialize();
    writeFileAtomically(m_layout.keySlots(), contents);
    writeFileAtomically(m_layout.keySlotsBackup(), contents);
}

} // namespace amparo
