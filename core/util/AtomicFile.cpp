#include "util/AtomicFile.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace amparo {
namespace {

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::AtomicFile)
};

[[noreturn]] void fail(const QString& path, int error)
{
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)
        throw Error(ErrorKind::DiskFull,
                    FileText::tr("The disk is full, or the file is too large for this disk: "
                                 "Amparo could not save %1, which was left as it was. Free some "
                                 "space and try again; nothing was lost.")
                        .arg(path));
    throw Error(ErrorKind::Storage, FileText::tr("Cannot write %1: %2.")
                                        .arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

void writeAll(int fd, const QByteArray& contents, const QString& path)
{
    const char* data = contents.constData();
    qsizetype remaining = contents.size();
    while (remaining > 0) {
        const ssize_t written = ::write(fd, data, static_cast<std::size_t>(remaining));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            fail(path, errno);
        }
        data += written;
        remaining -= written;
    }
}

} // namespace

void writeFileAtomically(const QString& path, const QByteArray& contents)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        fail(path, errno);
    try {
        writeAll(fd, contents, path);
        if (::fsync(fd) != 0)
            fail(path, errno);
    } catch (...) {
        ::close(fd);
        ::unlink(temporary.constData());
        throw;
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        fail(path, error);
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        fail(path, error);
    }
    // The rename itself is only durable once the directory is synced.
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

std::optional<QByteArray> readSmallFile(const QString& path, qsizetype maxSize)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Storage,
                    FileText::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    if (file.size() > maxSize)
        throw Error(ErrorKind::Corrupt, FileText::tr("%1 is unexpectedly large.").arg(path));
    return file.readAll();
}

} // namespace amparo
