#pragma once

#include <QByteArray>
#include <QString>
#include <exception>

namespace amparo {

// What went wrong, so callers (the CLI's exit status, the GUI's icon) can
// react without parsing the message.
enum class ErrorKind
{
    Invalid,        // the input is wrong; the message names the field
    Refused,        // a rule or permission forbids it
    NotFound,       // the thing asked for does not exist (or is not visible)
    Authentication, // wrong user name or passphrase
    Corrupt,        // a file is damaged or not what it claims to be
    Storage,        // the database or file system failed
    DiskFull,       // writing failed for lack of space
    Crypto,         // a cryptographic primitive failed (should never happen)
};

// The one exception type of the core. Its message is written for the person
// in front of the screen: it names the problem and, where possible, what to do.
class Error : public std::exception
{
public:
    Error(ErrorKind kind, QString message);

    ErrorKind kind() const noexcept { return m_kind; }
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorKind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace amparo
