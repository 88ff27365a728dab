#pragma once

#include "violations/Violation.h"

#include <optional>

namespace amparo {

class Session;

// The Istanbul-Protocol medical record of a violation: one examination with
// its findings, set or replaced as a whole. Only torture, ill-treatment and
// sexual violence carry one. It is health data, so the audit trail records
// that it changed and never what it says.
class MedicalRecordService
{
public:
    explicit MedicalRecordService(Session& session) : m_session(session) {}

    // Sets the record of `record.violationId`, replacing any earlier one.
    void set(const MedicalExamination& record);
    void remove(qint64 violationId);
    // nullopt when the violation has no record; Error(NotFound) when the
    // violation does not exist or its case is hidden.
    std::optional<MedicalExamination> get(qint64 violationId) const;

private:
    MedicalExamination validated(const MedicalExamination& input, const Violation& violation) const;

    Session& m_session;
};

} // namespace amparo
