#include "db/Database.h"

#include "db/Sqlite.h"
#include "db/Statement.h"
#include "db/StatementCache.h"
#include "util/Error.h"
#include "vault/SecureBytes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cerrno>
#include <sodium.h>

namespace amparo {
namespace db {
namespace {

struct DbText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Database)
};

// SQLCipher takes a raw key as the text x'<64 hex digits>'; building it in
// protected memory keeps the hex form out of the ordinary heap.
SecureBytes rawKeyLiteral(const SecureBytes& rawKey)
{
    const std::size_t hexSize = rawKey.size() * 2;
    SecureBytes literal(hexSize + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(literal.data() + 2), hexSize + 1, rawKey.data(),
                   rawKey.size());
    literal.data()[hexSize + 2] = '\'';
    return literal;
}

// SQLite reports ENOSPC as SQLITE_FULL, but a file that reached the size
// limit of its file system or process (EFBIG) or a quota (EDQUOT) as a
// plain write error: the operating system's own error tells them apart.
bool outOfSpace(sqlite3* handle, int code)
{
    if ((code & 0xff) == SQLITE_FULL)
        return true;
    if ((code & 0xff) != SQLITE_IOERR || !handle)
        return false;
    const int error = sqlite3_system_errno(handle);
    return error == ENOSPC || error == EFBIG || error == EDQUOT;
}

} // namespace

void throwSqliteError(sqlite3* handle, int code, const QString& context)
{
    const QString detail = handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                  : QString::fromUtf8(sqlite3_errstr(code));
    if (outOfSpace(handle, code))
        throw Error(ErrorKind::DiskFull,
                    DbText::tr("The disk is full, or a file has grown too large for this disk: "
                               "Amparo could not save this, and nothing of it was kept. Free some "
                               "space and try again; what was saved before is safe. (%1)")
                        .arg(context));
    switch (code & 0xff) {
    case SQLITE_IOERR:
        throw Error(ErrorKind::Storage,
                    DbText::tr("The disk could not read or write the vault's files (an "
                               "input/output error), so this was not saved. The disk may be "
                               "failing or disconnected; check it, then open the vault again. "
                               "(%1: %2)")
                        .arg(context, detail));
    case SQLITE_NOTADB:
        throw Error(ErrorKind::Authentication,
                    DbText::tr("The key does not open this database, or the file is not an Amparo "
                               "database (%1).")
                        .arg(context));
    case SQLITE_CORRUPT:
        throw Error(ErrorKind::Corrupt,
                    DbText::tr("The database file is damaged (%1: %2).").arg(context, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(ErrorKind::Refused,
                    DbText::tr("The vault is in use by another Amparo process; try again when it "
                               "has finished (%1).")
                        .arg(context));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        throw Error(ErrorKind::Storage,
                    DbText::tr("The database file cannot be written or opened: %1 (%2).")
                        .arg(detail, context));
    default:
        throw Error(
            ErrorKind::Storage,
            DbText::tr("Database error while %1: %2 (code %3).").arg(context, detail).arg(code));
    }
}

std::unique_ptr<Database> Database::createPlaintextForBenchmark(const QString& path)
{
    if (QFileInfo::exists(path))
        throw Error(ErrorKind::Refused,
                    DbText::tr("The benchmark's plaintext database must be a new file; %1 "
                               "exists.")
                        .arg(path));
    sqlite3* handle = nullptr;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        throwSqliteError(handle, rc, DbText::tr("opening %1").arg(path));
    db->execute("SELECT count(*) FROM sqlite_master");
    db->applyConnectionSettings();
    return db;
}

Database::Database(sqlite3* handle, QString path)
    : m_handle(handle), m_path(std::move(path)), m_statements(std::make_shared<StatementCache>())
{}

Database::~Database()
{
    // Statements still alive afterwards finalise themselves (their cache is gone).
    m_statements.reset();
    // sqlite3_close_v2 waits for unfinalised statements instead of failing.
    sqlite3_close_v2(m_handle);
}

std::unique_ptr<Database> Database::open(const QString& path, const SecureBytes& rawKey,
                                         OpenMode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::CreateNew && exists)
        throw Error(ErrorKind::Refused, DbText::tr("A database already exists at %1.").arg(path));
    if (mode == OpenMode::OpenExisting && !exists)
        throw Error(ErrorKind::NotFound, DbText::tr("No database at %1.").arg(path));

    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                      (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        throwSqliteError(handle, rc, DbText::tr("opening %1").arg(path));

    // The key goes first: any statement before it would read the file as plaintext.
    const SecureBytes literal = rawKeyLiteral(rawKey);
    if (sqlite3_key(handle, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
        throwSqliteError(handle, sqlite3_errcode(handle), DbText::tr("applying the key"));

    if (db->cipherVersion().isEmpty())
        throw Error(ErrorKind::Crypto,
                    DbText::tr("SQLCipher is not active in this program; refusing to open the "
                               "vault without encryption."));

    // Reading the schema is the first access that decrypts a page: a wrong
    // key fails here with SQLITE_NOTADB.
    db->execute("SELECT count(*) FROM sqlite_master");
    db->applyConnectionSettings();
    return db;
}

void Database::applyConnectionSettings()
{
    // WAL + FULL: a committed transaction is on disk before COMMIT returns,
    // and a crash at any moment leaves the last committed state.
    Statement journal = prepare("PRAGMA journal_mode = WAL");
    if (!journal.step() || journal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw Error(ErrorKind::Storage,
                    DbText::tr("The database could not switch to write-ahead logging."));
    execute("PRAGMA synchronous = FULL");
    execute("PRAGMA foreign_keys = ON");
    // Deleted records are overwritten, not just unlinked inside the file.
    execute("PRAGMA secure_delete = ON");
    // Sorts and temporary tables stay in memory instead of temporary files.
    execute("PRAGMA temp_store = MEMORY");
    // SQLCipher decrypts and authenticates every page it reads into the
    // cache; SQLite's default cache (2 MiB, 2,000 of our 1 KiB pages) holds
    // too little of a large vault, so the same pages were decrypted again on
    // every query (docs/PERFORMANCE.md). 64 MiB: at most, allocated as used.
    execute("PRAGMA cache_size = -65536");
    sqlite3_busy_timeout(m_handle, 3000);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_handle, sql, m_statements);
}

void Database::execute(std::string_view sql)
{
    Statement statement = prepare(sql);
    while (statement.step()) {
    }
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

QString Database::cipherVersion()
{
    Statement statement = prepare("PRAGMA cipher_version");
    return statement.step() ? statement.text(0) : QString();
}

void Database::rekey(const SecureBytes& newRawKey)
{
    if (m_transactionDepth != 0)
        throw Error(ErrorKind::Refused, DbText::tr("The key cannot change inside a transaction."));
    const SecureBytes literal = rawKeyLiteral(newRawKey);
    const int rc = sqlite3_rekey(m_handle, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        throwSqliteError(m_handle, rc, DbText::tr("changing the database key"));
    // Prove the new key reads the file before anyone relies on it.
    execute("SELECT count(*) FROM sqlite_master");
}

void Database::checkpoint()
{
    Statement statement = prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (statement.step() && statement.integer(0) != 0)
        throw Error(ErrorKind::Refused,
                    DbText::tr("The vault is in use by another Amparo process; try again when it "
                               "has finished (checkpoint)."));
}

void Database::afterCommit(std::function<void()> callback)
{
    if (m_transactionDepth == 0)
        callback();
    else
        m_afterCommit.push_back(std::move(callback));
}

} // namespace db
} // namespace amparo
