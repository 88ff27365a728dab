#include "WalInspection.h"

#include <QFile>
#include <QtEndian>

namespace amparo {
namespace test {
namespace {

// https://www.sqlite.org/fileformat2.html#walformat
constexpr qsizetype kWalHeaderSize = 32;
constexpr qsizetype kFrameHeaderSize = 24;

quint32 bigEndianAt(const QByteArray& bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

int uncommittedWalFrames(const QString& walPath)
{
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray wal = file.readAll();
    if (wal.size() < kWalHeaderSize || (bigEndianAt(wal, 0) & ~1U) != 0x377f0682U)
        return 0;
    const qsizetype pageSize = bigEndianAt(wal, 8);
    const quint32 salt1 = bigEndianAt(wal, 16);
    const quint32 salt2 = bigEndianAt(wal, 20);
    int sinceCommit = 0;
    // Frames of the current generation carry the header's salts; anything
    // after them is left over from before the log was last restarted. A
    // last frame cut short (its header written, not all of its page) counts
    // as uncommitted too.
    for (qsizetype frame = kWalHeaderSize; frame + kFrameHeaderSize <= wal.size();
         frame += kFrameHeaderSize + pageSize) {
        if (bigEndianAt(wal, frame + 8) != salt1 || bigEndianAt(wal, frame + 12) != salt2)
            break;
        const bool whole = frame + kFrameHeaderSize + pageSize <= wal.size();
        const bool commits = whole && bigEndianAt(wal, frame + 4) != 0;
        sinceCommit = commits ? 0 : sinceCommit + 1;
    }
    return sinceCommit;
}

} // namespace test
} // namespace amparo
