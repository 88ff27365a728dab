#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

struct sqlite3;

namespace amparo {

class SecureBytes;

namespace db {

class Statement;
class StatementCache;

// One connection to an encrypted SQLCipher database. Every open applies the
// key before anything else touches the file, then proves that SQLCipher (and
// not a plain SQLite) is doing the work, then sets the durability pragmas.
class Database
{
public:
    enum class OpenMode
    {
        CreateNew,    // the file must not exist yet
        OpenExisting, // the file must exist
    };

    // `rawKey` is 32 bytes used directly as the page key (no second KDF:
    // ours already ran). Throws Error(Authentication) when the key does not
    // open the file, Error(Corrupt) when it is not a database at all.
    static std::unique_ptr<Database> open(const QString& path, const SecureBytes& rawKey,
                                          OpenMode mode);

    // For `amparo-cli bench` only (its encrypted-versus-plaintext ratio,
    // docs/SECURITY.md): creates a NEW plain SQLite file for the benchmark's
    // own synthetic data in a throwaway folder. Refuses a file that exists,
    // so that it can never open a vault, and never applies a key.
    static std::unique_ptr<Database> createPlaintextForBenchmark(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // One SQL statement; anything after it other than whitespace is refused.
    Statement prepare(std::string_view sql);
    // Runs one statement that takes no parameters and returns no rows we need.
    void execute(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString cipherVersion();
    QString path() const { return m_path; }

    // Re-encrypts every page under `newRawKey` (SQLCipher's PRAGMA rekey).
    void rekey(const SecureBytes& newRawKey);

    // Copies everything from the write-ahead log into the database file.
    void checkpoint();

    // Runs `callback` once the outermost transaction commits; dropped on rollback.
    void afterCommit(std::function<void()> callback);

    sqlite3* handle() const noexcept { return m_handle; }

private:
    friend class Transaction;
    Database(sqlite3* handle, QString path);
    void applyConnectionSettings();

    sqlite3* m_handle = nullptr;
    QString m_path;
    int m_transactionDepth = 0;
    std::shared_ptr<StatementCache> m_statements; // reused prepared statements
    std::vector<std::function<void()>> m_afterCommit;
};

// Raises Error with SQLite's message plus `context`, mapping full disks and
// wrong keys to their own kinds.
[[noreturn]] void throwSqliteError(sqlite3* handle, int code, const QString& context);

} // namespace db
} // namespace amparo
