#include "db/Statement.h"

#include "db/Database.h"
#include "db/Sqlite.h"
#include "db/StatementCache.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace amparo {
namespace db {
namespace {

struct StatementText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::Statement)
};

bool onlyWhitespaceOrSemicolons(const char* begin, const char* end)
{
    for (const char* c = begin; c < end && *c; ++c) {
        if (*c != ' ' && *c != '\n' && *c != '\r' && *c != '\t' && *c != ';')
            return false;
    }
    return true;
}

} // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db)
{
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, &tail);
    // Built only for a message: preparing is a hot path.
    auto shown = [sql] {
        return QString::fromUtf8(sql.data(),
                                 static_cast<qsizetype>(std::min<std::size_t>(sql.size(), 80)));
    };
    if (rc != SQLITE_OK)
        throwSqliteError(db, rc, StatementText::tr("preparing \"%1\"").arg(shown()));
    if (!m_stmt)
        throw Error(ErrorKind::Invalid, StatementText::tr("Empty SQL statement."));
    // One statement per Statement: a trailing second statement is a sign of
    // injected or mistaken SQL and would silently never run.
    const char* end = sql.data() + sql.size();
    if (tail && tail < end && !onlyWhitespaceOrSemicolons(tail, end)) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw Error(ErrorKind::Invalid,
                    StatementText::tr("More than one SQL statement in \"%1\".").arg(shown()));
    }
    m_bound.assign(static_cast<std::size_t>(sqlite3_bind_parameter_count(m_stmt)), false);
}

Statement::Statement(sqlite3* db, std::string_view sql,
                     const std::shared_ptr<StatementCache>& cache)
    : m_db(db)
{
    if (sqlite3_stmt* kept = cache->take(sql)) {
        m_stmt = kept;
        m_bound.assign(static_cast<std::size_t>(sqlite3_bind_parameter_count(m_stmt)), false);
    } else {
        Statement fresh(db, sql);
        m_stmt = std::exchange(fresh.m_stmt, nullptr);
        m_bound = std::move(fresh.m_bound);
    }
    m_cache = cache;
    m_sql = std::string(sql);
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (const auto cache = m_cache.lock()) {
        // Reset at once: a statement left mid-way would keep its read
        // transaction (and its bound values) alive.
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        cache->give(m_sql, m_stmt);
        return;
    }
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bound(std::move(other.m_bound)), m_cache(std::move(other.m_cache)),
      m_sql(std::move(other.m_sql))
{}

QString Statement::context() const
{
    const char* sql = sqlite3_sql(m_stmt);
    return QString::fromUtf8(sql ? sql : "").left(80);
}

void Statement::checkBind(int index, int rc)
{
    if (rc != SQLITE_OK)
        throwSqliteError(
            m_db, rc,
            StatementText::tr("binding parameter %1 of \"%2\"").arg(index).arg(context()));
    m_bound[static_cast<std::size_t>(index - 1)] = true;
}

Statement& Statement::bind(int index, qint64 value)
{
    checkBind(index, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    checkBind(index, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    checkBind(index, sqlite3_bind_text(m_stmt, index, utf8.constData(),
                                       static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& blob)
{
    // A zero-length blob, not NULL, when the array is empty.
    checkBind(index, sqlite3_bind_blob(m_stmt, index, blob.isNull() ? "" : blob.constData(),
                                       static_cast<int>(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    checkBind(index, sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step()
{
    const auto unbound = std::find(m_bound.begin(), m_bound.end(), false);
    if (unbound != m_bound.end())
        throw Error(ErrorKind::Invalid, StatementText::tr("Parameter %1 of \"%2\" was not bound.")
                                            .arg(unbound - m_bound.begin() + 1)
                                            .arg(context()));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int extended = sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_stmt);
    throwSqliteError(m_db, extended ? extended : rc,
                     StatementText::tr("running \"%1\"").arg(context()));
}

void Statement::run()
{
    if (step())
        throw Error(
            ErrorKind::Invalid,
            StatementText::tr("\"%1\" returned rows where none were expected.").arg(context()));
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    std::fill(m_bound.begin(), m_bound.end(), false);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

} // namespace db
} // namespace amparo
