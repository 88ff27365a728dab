#include "vault/LoginThrottle.h"

#include "util/AtomicFile.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <algorithm>

namespace amparo {
namespace {

struct ThrottleText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::LoginThrottle)
};

constexpr int kFreeAttempts = 3;
constexpr std::chrono::seconds kMaxDelay{60};

} // namespace

std::chrono::seconds LoginThrottle::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return std::chrono::seconds{0};
    const int doublings = std::min(failures - kFreeAttempts, 6);
    return std::min(std::chrono::seconds{1 << doublings}, kMaxDelay);
}

LoginThrottle::Record LoginThrottle::read(const QByteArray& slotId) const
{
    // An unreadable or damaged file only loses the count; it never locks anyone out.
    std::optional<QByteArray> contents;
    try {
        contents = readSmallFile(m_path, 1024 * 1024);
    } catch (const Error&) {
        return {};
    }
    if (!contents)
        return {};
    const QByteArray key = slotId.toHex();
    for (const QByteArray& line : contents->split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words[0] == key)
            return {words[1].toInt(), words[2].toLongLong()};
    }
    return {};
}

void LoginThrottle::write(const QByteArray& slotId, const Record& record)
{
    const QByteArray key = slotId.toHex();
    QByteArray out;
    if (const auto contents = readSmallFile(m_path, 1024 * 1024)) {
        for (const QByteArray& line : contents->split('\n')) {
            if (!line.isEmpty() && !line.startsWith(QByteArray(key + ' ')))
                out += line + '\n';
        }
    }
    if (record.failures > 0)
        out += key + ' ' + QByteArray::number(record.failures) + ' ' +
               QByteArray::number(record.lastFailureSecs) + '\n';
    writeFileAtomically(m_path, out);
}

void LoginThrottle::requireAllowed(const QByteArray& slotId) const
{
    const Record record = read(slotId);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    // A failure "in the future" (a clock set back, an edited file) cannot be
    // trusted and must not lock anyone out: it imposes no wait.
    if (record.lastFailureSecs > now)
        return;
    const qint64 waitUntil = record.lastFailureSecs + delayAfter(record.failures).count();
    if (now < waitUntil)
        throw Error(
            ErrorKind::Refused,
            ThrottleText::tr("Too many failed attempts: wait %n second(s) before trying again.",
                             nullptr, static_cast<int>(waitUntil - now)));
}

void LoginThrottle::recordFailure(const QByteArray& slotId)
{
    Record record = read(slotId);
    ++record.failures;
    record.lastFailureSecs = m_clock.nowUtc().toSecsSinceEpoch();
    write(slotId, record);
}

int LoginThrottle::takeFailures(const QByteArray& slotId)
{
    const Record record = read(slotId);
    if (record.failures > 0)
        write(slotId, {});
    return record.failures;
}

int LoginThrottle::failures(const QByteArray& slotId) const
{
    return read(slotId).failures;
}

} // namespace amparo
