#include "TestSupport.h"

#include "vault/Session.h"
#include "vault/Vault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <sodium.h>
#include <stdexcept>

namespace amparo {
namespace test {

KdfParams fastKdf()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecureBytes secret(const QString& text)
{
    return passphraseFromText(text);
}

TempFolder::TempFolder()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString TempFolder::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents) != contents.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QStringList filesIn(const QString& directory)
{
    QStringList files;
    for (const QFileInfo& info : QDir(directory).entryInfoList(QDir::Files | QDir::Hidden))
        files << info.absoluteFilePath();
    return files;
}

namespace {

QByteArray utf16le(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace

QStringList plaintextLeaksUnder(const QString& folder, const QStringList& sensitive)
{
    QStringList leaks;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = readAll(path);
        for (const QString& text : sensitive) {
            if (bytes.contains(text.toUtf8()) || bytes.contains(utf16le(text)))
                leaks << path + QStringLiteral(": ") + text;
        }
        if (bytes.contains("SQLite format 3"))
            leaks << path + QStringLiteral(": an unencrypted SQLite database");
    }
    return leaks;
}

VaultFixture::VaultFixture(const QString& adminLogin, const QString& passphrase)
    : directory(folder.path(QStringLiteral("vault"))), admin(adminLogin),
      adminPassphrase(passphrase)
{
    NewVault request;
    request.directory = directory;
    request.adminLogin = admin;
    request.adminDisplayName = QStringLiteral("Ana Lucía Quispe");
    request.passphrase = secret(passphrase);
    request.kdf = fastKdf();
    CreatedVault created = Vault::create(std::move(request), clock);
    recoveryKey = QString::fromLatin1(created.recoveryKey.chars(),
                                      static_cast<qsizetype>(created.recoveryKey.size()));
}

std::unique_ptr<Session> VaultFixture::open(const QString& login, const QString& passphrase)
{
    return Vault::open(directory, login, secret(passphrase), clock);
}

std::unique_ptr<Session> VaultFixture::openAdmin()
{
    return open(admin, adminPassphrase);
}

} // namespace test
} // namespace amparo

std::ostream& operator<<(std::ostream& stream, const QString& text)
{
    return stream << text.toStdString();
}

std::ostream& operator<<(std::ostream& stream, const QByteArray& bytes)
{
    return stream << bytes.toHex().toStdString();
}
