#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>

namespace amparo {

class Clock;

// Failed unlock attempts per key slot, kept beside the vault because a failed
// attempt cannot write into a database it could not open. After three
// failures each further attempt must wait longer (1 s, 2 s, 4 s … up to a
// minute). This slows guessing at the keyboard; it cannot slow an attacker who
// copied the files, which is what Argon2id is for (docs/SECURITY.md).
class LoginThrottle
{
public:
    LoginThrottle(QString path, const Clock& clock) : m_path(std::move(path)), m_clock(clock) {}

    // Throws Error(Refused) saying how long to wait when it is too soon.
    void requireAllowed(const QByteArray& slotId) const;
    void recordFailure(const QByteArray& slotId);
    // The failures since the last successful unlock; resets the count.
    int takeFailures(const QByteArray& slotId);
    int failures(const QByteArray& slotId) const;

    static std::chrono::seconds delayAfter(int failures);

private:
    struct Record
    {
        int failures = 0;
        qint64 lastFailureSecs = 0;
    };
    Record read(const QByteArray& slotId) const;
    void write(const QByteArray& slotId, const Record& record);

    QString m_path;
    const Clock& m_clock;
};

} // namespace amparo
