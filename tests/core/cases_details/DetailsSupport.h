#pragma once

#include "DomainFixture.h"
#include "util/Error.h"
#include "violations/Violation.h"

#include <QString>
#include <optional>
#include <utility>

namespace amparo {
class Session;
}

namespace amparo {
namespace test {

// A case opened by `session` (restricted when asked), with one victim.
struct OpenedCase
{
    qint64 caseId = 0;
    qint64 victimId = 0;
};
OpenedCase openCaseWithVictim(Session& session, bool restricted = false);

// A violation at a police station, and a two-finding Istanbul-Protocol
// examination of it by Dr. Hélène Marceau on 2026-02-10.
Violation violation(qint64 caseId, const char* type, std::optional<QDate> on,
                    const char* precision = "day");
MedicalExamination examination(qint64 violationId);

// Every audit entry about one record, as one text, to look for values in.
QString auditText(Session& session, const QString& entityType, qint64 entityId);
// The whole trail as one text.
QString wholeAuditText(Session& session);

qint64 rowCount(Session& session, const char* table);

// The kind of Error `action` throws, or nullopt when it throws none.
template <typename Action> std::optional<ErrorKind> errorKindOf(Action&& action)
{
    try {
        std::forward<Action>(action)();
    } catch (const Error& error) {
        return error.kind();
    }
    return std::nullopt;
}

} // namespace test
} // namespace amparo
