#pragma once

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "auth/Role.h"
#include "csv/CsvColumns.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "vault/Session.h"
#include "vault/UserAdministration.h"

#include <algorithm>
#include <memory>

namespace amparo {
namespace test {

// A vault with a caseworker, bea, who imports and exports.
struct CsvFixture
{
    CsvFixture()
    {
        auto admin = vault.openAdmin();
        UserAdministration(*admin).addUser(QStringLiteral("bea"), QString(),
                                           {auth::Role::Caseworker},
                                           secret(QStringLiteral("bea passphrase")), fastKdf());
    }

    std::unique_ptr<Session> caseworker()
    {
        return vault.open(QStringLiteral("bea"), QStringLiteral("bea passphrase"));
    }

    VaultFixture vault;
};

inline QString csvFixture(const char* name)
{
    return QStringLiteral(AMPARO_TEST_DATA "/csv/") + QString::fromUtf8(name);
}

inline csv::ImportReport importFixture(Session& session, csv::CsvKind kind, const char* name,
                                       csv::ImportMode mode = csv::ImportMode::Commit)
{
    return csv::CsvImporter(session).runFile(kind, csvFixture(name), mode);
}

inline csv::ImportReport importBytes(Session& session, csv::CsvKind kind, const QByteArray& bytes,
                                     csv::ImportMode mode = csv::ImportMode::Commit)
{
    return csv::CsvImporter(session).run(
        kind, csv::CsvReader::parse(bytes, QStringLiteral("t.csv")), mode, QStringLiteral("t.csv"));
}

// The problem reported for `row` and `column`, or an empty message.
inline QString problemAt(const csv::ImportReport& report, int row, const QString& column)
{
    const auto found = std::find_if(report.problems.begin(), report.problems.end(),
                                    [&](const csv::ImportProblem& problem) {
                                        return problem.row == row && problem.column == column;
                                    });
    return found == report.problems.end() ? QString() : found->message;
}

inline bool hasProblemInRow(const csv::ImportReport& report, int row)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const csv::ImportProblem& problem) { return problem.row == row; });
}

} // namespace test
} // namespace amparo
