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
    const auto main = readSmallFile(m_layout.keySlots(), kMaxKeySlotFileSize);
    QString mainProblem;
    if (main) {
        try {
            return {KeySlotFile::parse(*main), false, {}};
        } catch (const Error& error) {
            mainProblem = error.message();
        }
    } else {
        mainProblem = StoreText::tr("The key-slot file %1 is missing.").arg(m_layout.keySlots());
    }

    const auto backup = readSmallFile(m_layout.keySlotsBackup(), kMaxKeySlotFileSize);
    if (!main && !backup)
        throw Error(
            ErrorKind::NotFound,
            StoreText::tr("%1 is not an Amparo vault (no key-slot file).").arg(m_layout.directory));
    if (!backup)
        throw Error(ErrorKind::Corrupt,
                    StoreText::tr("%1 There is no backup copy; restore the vault from a backup.")
                        .arg(mainProblem));
    try {
        return {KeySlotFile::parse(*backup), true, mainProblem};
    } catch (const Error& error) {
        throw Error(ErrorKind::Corrupt, StoreText::tr("%1 The backup copy is damaged too: %2")
                                            .arg(mainProblem, error.message()));
    }
}

void KeySlotStore::save(const KeySlotFile& file) const
{
    const QByteArray contents = file.serialize();
    writeFileAtomically(m_layout.keySlots(), contents);
    writeFileAtomically(m_layout.keySlotsBackup(), contents);
}

} // namespace amparo
