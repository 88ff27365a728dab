#include "vault/DatabaseSalt.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QFile>

namespace amparo {
namespace {

struct SaltText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::DatabaseSalt)
};

} // namespace

QByteArray readDatabaseSalt(const QString& databasePath)
{
    QFile file(databasePath);
    if (!file.exists())
        throw Error(ErrorKind::Corrupt,
                    SaltText::tr("The vault's database file %1 is missing.").arg(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Storage,
                    SaltText::tr("Cannot read %1: %2.").arg(databasePath, file.errorString()));
    const QByteArray salt = file.read(16);
    if (salt.size() != 16)
        throw Error(ErrorKind::Corrupt,
                    SaltText::tr("The vault's database file %1 is truncated.").arg(databasePath));
    return salt;
}

} // namespace amparo
