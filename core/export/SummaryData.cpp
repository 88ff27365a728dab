#include "export/SummaryData.h"

#include "assistance/AssistanceService.h"
#include "attachments/AttachmentService.h"
#include "auth/Permission.h"
#include "auth/UserRepository.h"
#include "cases/CaseService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "interventions/InterventionService.h"
#include "organisations/OrganisationService.h"
#include "people/ConsentService.h"
#include "people/PersonService.h"
#include "util/Clock.h"
#include "vault/Session.h"
#include "violations/MedicalRecordService.h"
#include "violations/ViolationService.h"

#include <algorithm>

namespace amparo {
namespace {

QString userName(const auth::User& user)
{
    return user.displayName.isEmpty() ? user.login : user.displayName;
}

std::vector<SummaryPerson> readPeople(Session& session, qint64 caseId, const SummaryRules& rules,
                                      const QDate& today)
{
    std::vector<SummaryPerson> people;
    for (const CasePerson& link : CaseService(session).people(caseId)) {
        auto found = std::find_if(people.begin(), people.end(), [&](const SummaryPerson& p) {
            return p.person.id == link.personId;
        });
        if (found == people.end()) {
            SummaryPerson added;
            added.person = PersonService(session).get(link.personId);
            added.shown =
                rules.consentPurpose.isEmpty() ||
                ConsentService(session).mayUse(link.personId, rules.consentPurpose, today);
            people.push_back(std::move(added));
            found = std::prev(people.end());
        }
        if (!found->roles.contains(link.role))
            found->roles << link.role;
        if (!link.perpetratorType.isEmpty() &&
            !found->perpetratorTypes.contains(link.perpetratorType))
            found->perpetratorTypes << link.perpetratorType;
    }
    return people;
}

void addAttachments(Session& session, SummaryData& data, const QString& ownerType, qint64 ownerId,
                    const QString& ownerReference)
{
    for (Attachment& attachment : AttachmentService(session).list(ownerType, ownerId))
        data.attachments.push_back({std::move(attachment), ownerReference});
}

int countAttachments(Session& session, const QString& ownerType, qint64 ownerId)
{
    return int(AttachmentService(session).list(ownerType, ownerId).size());
}

} // namespace

const SummaryPerson* SummaryData::person(qint64 personId) const
{
    const auto found = std::find_if(people.begin(), people.end(), [&](const SummaryPerson& p) {
        return p.person.id == personId;
    });
    return found == people.end() ? nullptr : &*found;
}

bool SummaryData::shows(const std::optional<qint64>& personId) const
{
    if (!personId)
        return true;
    const SummaryPerson* p = person(*personId);
    return p == nullptr || p->shown;
}

SummaryData readSummaryData(Session& session, qint64 caseId, const SummaryRules& rules)
{
    SummaryData data;
    CaseService cases(session);
    data.caseRecord = cases.get(caseId);
    data.generatedAt = session.clock().nowUtc();
    data.author = userName(session.user());
    const QDate today = data.generatedAt.toLocalTime().date();

    if (data.caseRecord.referringOrgId)
        data.referringOrganisation =
            OrganisationService(session).get(*data.caseRecord.referringOrgId).name;
    const auth::UserRepository users(session.database());
    for (const qint64 userId : data.caseRecord.assigneeIds) {
        if (const auto user = users.findById(userId))
            data.caseworkers << userName(*user);
    }
    data.transitions = cases.transitions(caseId);
    data.people = readPeople(session, caseId, rules, today);

    // Violations and assistance are numbered as the summary shows them:
    // withheld ones get no number, and their files are counted, not listed.
    addAttachments(session, data, QStringLiteral("case"), caseId, QString());
    int number = 0;
    for (Violation& violation : ViolationService(session).listForCase(caseId)) {
        SummaryViolation v{std::move(violation), std::nullopt};
        const QString type = QStringLiteral("violation");
        if (!data.shows(v.violation.victimId)) {
            data.withheldAttachments += countAttachments(session, type, v.violation.id);
        } else {
            if (rules.medical)
                v.medical = MedicalRecordService(session).get(v.violation.id);
            addAttachments(session, data, type, v.violation.id, QString::number(++number));
        }
        data.violations.push_back(std::move(v));
    }
    data.interventions = InterventionService(session).listForCase(caseId);
    data.assistance = AssistanceService(session).listForCase(caseId);
    number = 0;
    for (const Assistance& assistance : data.assistance) {
        if (assistance.providerOrgId && rules.organisations)
            data.providers[*assistance.providerOrgId] =
                OrganisationService(session).get(*assistance.providerOrgId).name;
        const QString type = QStringLiteral("assistance");
        if (data.shows(assistance.personId))
            addAttachments(session, data, type, assistance.id, QString::number(++number));
        else
            data.withheldAttachments += countAttachments(session, type, assistance.id);
    }

    GrantFilter filter;
    filter.caseId = caseId;
    data.grants = GrantService(session).list(filter);
    std::reverse(data.grants.begin(), data.grants.end()); // oldest first, like the rest
    if (auth::rolesAllow(session.user().roles, auth::Permission::ReadLedger)) {
        data.disbursements.emplace();
        for (const Grant& grant : data.grants) {
            for (Disbursement& d : DisbursementService(session).list(grant.id))
                data.disbursements->push_back(std::move(d));
        }
        std::stable_sort(
            data.disbursements->begin(), data.disbursements->end(),
            [](const Disbursement& a, const Disbursement& b) { return a.paidOn < b.paidOn; });
    }
    for (const Grant& grant : data.grants)
        addAttachments(session, data, QStringLiteral("grant"), grant.id, grant.reference);
    return data;
}

} // namespace amparo
