#pragma once

#include "db/Database.h"
#include "db/Statement.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QString>
#include <optional>
#include <string>
#include <utility>

namespace amparo {
namespace test {

inline qint64 rowCount(Session& session, const char* table)
{
    db::Statement statement =
        session.database().prepare(std::string("SELECT count(*) FROM ") + table);
    statement.step();
    return statement.int64(0);
}

// The Error that `action` throws, or nullopt when it throws none.
template <typename Action> std::optional<Error> errorOf(Action&& action)
{
    try {
        std::forward<Action>(action)();
    } catch (const Error& error) {
        return error;
    }
    return std::nullopt;
}

} // namespace test
} // namespace amparo
