#include "MatrixDoc.h"
#include "Operations.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <catch2/catch.hpp>
#include <map>
#include <optional>

using namespace amparo;
using namespace amparo::test;

namespace {

const QString kSecurityDoc = QStringLiteral(AMPARO_TEST_DATA "/../../docs/SECURITY.md");
const QString kHeading = QStringLiteral("### 12.4 The permission matrix");

// Each column of the matrix is walked as a user holding that role alone.
const std::map<QString, QString> kUserOfRole = {
    {QStringLiteral("admin"), QStringLiteral("ana")},
    {QStringLiteral("caseworker"), QStringLiteral("bea")},
    {QStringLiteral("fund manager"), QStringLiteral("dara")},
    {QStringLiteral("finance"), QStringLiteral("fatima")},
    {QStringLiteral("auditor"), QStringLiteral("eli")},
};

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return QStringLiteral("Invalid");
    case ErrorKind::Refused:
        return QStringLiteral("Refused");
    case ErrorKind::NotFound:
        return QStringLiteral("NotFound");
    case ErrorKind::Authentication:
        return QStringLiteral("Authentication");
    case ErrorKind::Corrupt:
        return QStringLiteral("Corrupt");
    case ErrorKind::Storage:
        return QStringLiteral("Storage");
    case ErrorKind::DiskFull:
        return QStringLiteral("DiskFull");
    case ErrorKind::Crypto:
        return QStringLiteral("Crypto");
    }
    return {};
}

// What happened when one user tried one operation.
struct Outcome
{
    QString preparationFailed; // the test's own fault, never the doc's
    std::optional<Error> error;
    qint64 auditEntriesWritten = 0;

    bool allowed() const { return preparationFailed.isEmpty() && !error; }
    QString describe() const
    {
        if (!preparationFailed.isEmpty())
            return QStringLiteral("the test could not prepare the act (%1)").arg(preparationFailed);
        if (!error)
            return QStringLiteral("core allowed");
        return QStringLiteral("core threw %1: %2").arg(kindName(error->kind()), error->message());
    }
};

Outcome attempt(MatrixWorld& world, const Operation& operation, const QString& login,
                bool didOtherHalf, bool entitled)
{
    Outcome outcome;
    Setup setup{world, world.as(login), didOtherHalf, entitled};
    Act act;
    try {
        act = operation.prepare(setup);
    } catch (const Error& error) {
        outcome.preparationFailed = error.message();
        return outcome;
    }
    // Counted through the actor's own session: after an act that re-keys the
    // vault, it is the one that still holds the key, and reopening the others
    // writes their logins to the trail.
    const qint64 before = setup.actor.audit().count();
    try {
        act();
    } catch (const Error& error) {
        outcome.error = error;
    }
    outcome.auditEntriesWritten = setup.actor.audit().count() - before;
    if (operation.rekeys)
        world.reopenSessions();
    return outcome;
}

// A refusal that leaves no trace. A restricted case the user may not see is
// reported as not existing (docs/SECURITY.md 12.1), so on those rows
// NotFound is a refusal too.
std::optional<QString> refusalProblem(const Outcome& outcome, const QString& operation)
{
    if (!outcome.preparationFailed.isEmpty() || !outcome.error)
        return outcome.describe();
    const bool hidden = operation.contains(QLatin1String("(a restricted case)")) ||
                        operation.contains(QLatin1String("of a restricted case)"));
    const ErrorKind kind = outcome.error->kind();
    if (kind != ErrorKind::Refused && !(hidden && kind == ErrorKind::NotFound))
        return outcome.describe();
    if (outcome.auditEntriesWritten != 0)
        return QStringLiteral("core refused but wrote %1 audit entries")
            .arg(outcome.auditEntriesWritten);
    return std::nullopt;
}

// The difference between the doc's cell and the core, if any.
std::optional<QString> checkCell(MatrixWorld& world, const Operation& operation,
                                 const QString& login, const QString& symbol)
{
    if (symbol == QLatin1String("yes")) {
        const Outcome outcome = attempt(world, operation, login, false, false);
        if (!outcome.allowed())
            return outcome.describe();
        // An act with two halves is only a plain yes if one person may do both.
        if (!operation.sameActor.isEmpty()) {
            const Outcome same = attempt(world, operation, operation.sameActor, true, false);
            if (!same.allowed())
                return QStringLiteral("when %1 did both halves, %2")
                    .arg(operation.sameActor, same.describe());
        }
        return std::nullopt;
    }
    if (symbol == QLatin1String("no"))
        return refusalProblem(attempt(world, operation, login, false, false), operation.name);
    if (symbol == QLatin1String("SoD")) {
        if (operation.sameActor.isEmpty())
            return QStringLiteral("the test knows no other half of this act");
        if (auto problem = refusalProblem(
                attempt(world, operation, operation.sameActor, true, false), operation.name))
            return QStringLiteral("when %1 did both halves, %2").arg(operation.sameActor, *problem);
        const Outcome different = attempt(world, operation, login, false, false);
        if (!different.allowed())
            return QStringLiteral("when someone else did the other half, %1")
                .arg(different.describe());
        return std::nullopt;
    }
    // assigned, own: refused without the entitlement, allowed with it.
    if (auto problem =
            refusalProblem(attempt(world, operation, login, false, false), operation.name))
        return QStringLiteral("without it, %1").arg(*problem);
    const Outcome entitled = attempt(world, operation, login, false, true);
    if (!entitled.allowed())
        return QStringLiteral("with it, %1").arg(entitled.describe());
    return std::nullopt;
}

std::vector<Operation> everyOperation()
{
    std::vector<Operation> all;
    for (auto* part : {&administrationOperations, &caseOperations, &caseRecordOperations,
                       &grantOperations, &ledgerOperations})
        for (Operation& o : (*part)())
            all.push_back(std::move(o));
    return all;
}

} // namespace

TEST_CASE("the permission matrix of docs/SECURITY.md is exactly what the core enforces")
{
    const MatrixTable doc = readMatrix(kSecurityDoc, kHeading);
    INFO(doc.problems.join(QLatin1Char('\n')));
    REQUIRE(doc.problems.isEmpty());
    REQUIRE(doc.roles == QStringList({QStringLiteral("admin"), QStringLiteral("caseworker"),
                                      QStringLiteral("fund manager"), QStringLiteral("finance"),
                                      QStringLiteral("auditor")}));

    std::map<QString, Operation> known;
    for (Operation& o : everyOperation()) {
        const QString name = o.name;
        REQUIRE(known.emplace(name, std::move(o)).second);
    }

    QStringList differences;
    std::map<QString, int> documented;
    for (const MatrixRow& row : doc.rows) {
        if (++documented[row.operation] > 1)
            differences << QStringLiteral("%1: the doc has this row twice").arg(row.operation);
        if (!known.contains(row.operation))
            differences << QStringLiteral("%1: the doc has a row the test does not know")
                               .arg(row.operation);
    }
    for (const auto& [name, operation] : known) {
        if (!documented.contains(name))
            differences
                << QStringLiteral("%1: the test knows an operation the doc lacks").arg(name);
    }

    MatrixWorld world;
    int cells = 0;
    for (const MatrixRow& row : doc.rows) {
        const auto operation = known.find(row.operation);
        if (operation == known.end())
            continue;
        for (qsizetype column = 0; column < doc.roles.size(); ++column) {
            const QString& role = doc.roles[column];
            ++cells;
            if (auto problem =
                    checkCell(world, operation->second, kUserOfRole.at(role), row.cells[column]))
                differences << QStringLiteral("%1 × %2: doc says %3, %4")
                                   .arg(row.operation, role, row.cells[column], *problem);
        }
    }
    INFO(differences.join(QLatin1Char('\n')));
    CHECK(differences.isEmpty());
    CHECK(cells == static_cast<int>(known.size()) * 5);
}
