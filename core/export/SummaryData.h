#pragma once

#include "assistance/Assistance.h"
#include "attachments/Attachment.h"
#include "cases/Case.h"
#include "export/SummaryRules.h"
#include "grants/Disbursement.h"
#include "grants/Grant.h"
#include "interventions/Intervention.h"
#include "people/Person.h"
#include "violations/Violation.h"

#include <QDateTime>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace amparo {

class Session;

// A person of the case with every role they have in it, and whether the
// level of the summary lets them appear.
struct SummaryPerson
{
    Person person;
    QStringList roles;            // Vocabulary::PersonRole
    QStringList perpetratorTypes; // for alleged perpetrators
    bool shown = true;
};

struct SummaryViolation
{
    Violation violation;
    std::optional<MedicalExamination> medical; // read only when the level shows it
};

// A file and the record it is attached to: the case (no reference), a
// violation or assistance by its number in the summary, a grant by its
// reference. Never user text.
struct SummaryAttachment
{
    Attachment attachment;
    QString ownerReference;
};

// Everything a case summary shows, read in one go through the services (so
// that permissions and need-to-know apply as everywhere else).
struct SummaryData
{
    Case caseRecord;
    QString referringOrganisation;
    QStringList caseworkers;
    std::vector<CaseTransition> transitions;
    std::vector<SummaryPerson> people;
    std::vector<SummaryViolation> violations;
    std::vector<Intervention> interventions;
    std::vector<Assistance> assistance;
    std::map<qint64, QString> providers; // organisation names by id
    std::vector<Grant> grants;
    // Absent when the user may not read the ledger (payments are for finance
    // officers and fund managers).
    std::optional<std::vector<Disbursement>> disbursements;
    std::vector<SummaryAttachment> attachments;
    int withheldAttachments = 0; // of records the level withholds
    QString author;              // who generated the summary
    QDateTime generatedAt;

    const SummaryPerson* person(qint64 personId) const;
    // Whether a record about `personId` (none: about nobody) may appear.
    bool shows(const std::optional<qint64>& personId) const;
};

SummaryData readSummaryData(Session& session, qint64 caseId, const SummaryRules& rules);

} // namespace amparo
