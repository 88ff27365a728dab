#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace amparo {
namespace db {

class StatementCache;

// A prepared statement. Parameters are numbered from 1 as in SQLite; every
// parameter must be bound before the first step, so a forgotten binding is an
// error and never a silent NULL.
class Statement
{
public:
    Statement(sqlite3* db, std::string_view sql);
    // Reuses a statement of `cache` prepared from the same SQL when there is
    // one, and gives it back there when destroyed (while the cache lives).
    Statement(sqlite3* db, std::string_view sql, const std::shared_ptr<StatementCache>& cache);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const char* text) = delete; // say QStringLiteral or QByteArray
    Statement& bindBlob(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances; true while a row is available.
    bool step();
    // Steps a statement that must not return rows.
    void run();
    // Ready to run again with new bindings.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    QByteArray blob(int column) const;
    int columnCount() const;

private:
    void checkBind(int index, int rc);
    QString context() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<bool> m_bound;
    std::weak_ptr<StatementCache> m_cache;
    std::string m_sql; // the cache's key; empty when not cached
};

} // namespace db
} // namespace amparo
