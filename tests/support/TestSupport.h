#pragma once

#include "util/Clock.h"
#include "vault/Kdf.h"
#include "vault/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>
#include <chrono>
#include <memory>
#include <ostream>

namespace amparo {

class Session;

namespace test {

// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    ManualClock() : m_now(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advance(std::chrono::seconds by) { m_now = m_now.addSecs(by.count()); }

private:
    QDateTime m_now;
};

// The cheapest Argon2id libsodium allows: tests exercise the logic, not the cost.
KdfParams fastKdf();

SecureBytes secret(const QString& text);

// A fresh temporary folder; `path("v")` is a vault location inside it.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& contents);
// Every regular file in `directory` (the vault's database, WAL, key slots …).
QStringList filesIn(const QString& directory);
// Each of `sensitive` (in UTF-8 or UTF-16LE) found in a file anywhere under
// `folder`, and any unencrypted SQLite database there, as "file: what".
QStringList plaintextLeaksUnder(const QString& folder, const QStringList& sensitive);

// A vault created by `admin` with passphrase `adminPassphrase`, closed again.
struct VaultFixture
{
    explicit VaultFixture(const QString& admin = QStringLiteral("ana"),
                          const QString& passphrase = QStringLiteral("correct horse battery"));

    std::unique_ptr<Session> open(const QString& login, const QString& passphrase);
    std::unique_ptr<Session> openAdmin();

    TempFolder folder;
    ManualClock clock;
    QString directory;
    QString admin;
    QString adminPassphrase;
    QString recoveryKey;
};

} // namespace test
} // namespace amparo

// Lets Catch2 print QStrings in failure messages.
std::ostream& operator<<(std::ostream& stream, const QString& text);
std::ostream& operator<<(std::ostream& stream, const QByteArray& bytes);
