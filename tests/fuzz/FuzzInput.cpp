#include "FuzzInput.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdio>
#include <cstdlib>

namespace amparo {
namespace fuzz {

void startQt(int* argc, char*** argv)
{
    // Lives until the process ends, as the fuzzing loop does.
    static QCoreApplication application(*argc, *argv);
    QLocale::setDefault(QLocale::c());
}

QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

void invariantBroken(const char* what, const QString& details)
{
    std::fprintf(stderr, "\nInvariant broken: %s\n%s\n", what, qUtf8Printable(details));
    std::abort();
}

} // namespace fuzz
} // namespace amparo
