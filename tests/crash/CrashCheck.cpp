#include "CrashCheck.h"

#include "CrashWorkload.h"
#include "assistance/AssistanceService.h"
#include "attachments/AttachmentFile.h"
#include "attachments/AttachmentService.h"
#include "audit/AuditAccess.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "funds/FundService.h"
#include "grants/DisbursementService.h"
#include "grants/GrantService.h"
#include "ledger/Ledger.h"
#include "people/ConsentService.h"
#include "people/PersonService.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <algorithm>

namespace amparo {
namespace test {
namespace {

using namespace crashkind;

qint64 number(const QString& text)
{
    return text.toLongLong();
}

QString caseHasVictimAndConsent(Session& s, const QStringList& keys)
{
    CaseService cases(s);
    const Case found = cases.getByReference(keys.at(0));
    const auto people = cases.people(found.id);
    const auto victim = std::find_if(people.begin(), people.end(), [&](const CasePerson& p) {
        return p.pseudonym == keys.at(1) && p.role == QLatin1String("victim");
    });
    if (victim == people.end())
        return QStringLiteral("the case has no victim ") + keys.at(1);
    for (const Consent& consent : ConsentService(s).history(victim->personId))
        if (consent.id == number(keys.at(2)) && consent.status == QLatin1String("given"))
            return {};
    return QStringLiteral("the victim has no consent ") + keys.at(2);
}

// The recorded checksum is the one reported, and the stored bytes still have it.
QString fileIsIntact(Session& s, const QStringList& keys)
{
    AttachmentService files(s);
    const Attachment attachment = files.get(number(keys.at(0)));
    if (QString::fromLatin1(attachment.sha256.toHex()) != keys.at(1))
        return QStringLiteral("a different file is recorded");
    if (sha256Of(files.content(attachment.id)) != attachment.sha256)
        return QStringLiteral("the content does not match its checksum");
    return {};
}

QString grantReached(Session& s, const QString& reference, const QString& status)
{
    GrantService grants(s);
    for (const GrantEvent& event : grants.history(grants.find(reference).id))
        if (event.toStatus == status)
            return {};
    return QStringLiteral("the grant never became ") + status;
}

QString hasApproval(Session& s, const QStringList& keys)
{
    for (const GrantApproval& approval : GrantService(s).find(keys.at(0)).approvals)
        if (approval.approver == keys.at(1))
            return {};
    return QStringLiteral("no approval by ") + keys.at(1);
}

QString isDisbursement(Session& s, const QStringList& keys, const char* kind)
{
    const Disbursement d = DisbursementService(s).get(number(keys.at(0)));
    if (d.kind != QLatin1String(kind))
        return QStringLiteral("it is a ") + d.kind;
    if (keys.size() > 1 && d.currency != keys.at(1))
        return QStringLiteral("it was paid in ") + d.currency;
    return {};
}

QString isContribution(Session& s, const QStringList& keys)
{
    FundService funds(s);
    for (const Contribution& c :
         funds.contributions(funds.byCode(QString::fromLatin1(kCrashFundCode)).id))
        if (c.id == number(keys.at(0)))
            return {};
    return QStringLiteral("no such contribution");
}

QString reverses(Session& s, const QStringList& keys)
{
    const PostedTransaction reversal = Ledger(s).transaction(number(keys.at(0)));
    if (reversal.reversesId != number(keys.at(1)))
        return QStringLiteral("it reverses something else");
    return {};
}

qsizetype keysOf(const QString& kind)
{
    for (const char* twoKeys : {kAttachment, kReceipt, kApproval, kPayment, kReversal})
        if (kind == QLatin1String(twoKeys))
            return 2;
    return kind == QLatin1String(kCase) ? 3 : 1;
}

QString checkEffect(Session& s, const CommittedOperation& op)
{
    const QString& kind = op.kind;
    const QStringList& keys = op.keys;
    if (keys.size() != keysOf(kind))
        return QStringLiteral("malformed report");
    if (kind == QLatin1String(kPerson))
        return PersonService(s).findByPseudonym(keys.at(0)) ? QString()
                                                            : QStringLiteral("no such person");
    if (kind == QLatin1String(kCase))
        return caseHasVictimAndConsent(s, keys);
    if (kind == QLatin1String(kAssistance))
        return AssistanceService(s).get(number(keys.at(0))).id > 0 ? QString()
                                                                   : QStringLiteral("no id");
    if (kind == QLatin1String(kAttachment) || kind == QLatin1String(kReceipt))
        return fileIsIntact(s, keys);
    if (kind == QLatin1String(kContribution))
        return isContribution(s, keys);
    if (kind == QLatin1String(kGrant))
        return GrantService(s).find(keys.at(0)).reference == keys.at(0)
                   ? QString()
                   : QStringLiteral("another grant");
    if (kind == QLatin1String(kApproval))
        return hasApproval(s, keys);
    if (kind == QLatin1String(kPayment))
        return isDisbursement(s, keys, "payment");
    if (kind == QLatin1String(kRefund))
        return isDisbursement(s, keys, "refund");
    if (kind == QLatin1String(kReversal))
        return reverses(s, keys);
    for (const char* status : {kSubmitted, kDisbursed, kJustified, kClosed})
        if (kind == QLatin1String(status))
            return grantReached(s, keys.at(0), kind);
    return QStringLiteral("unknown kind of operation");
}

} // namespace

QStringList vaultProblems(Session& auditor)
{
    QStringList problems;
    db::Statement integrity = auditor.database().prepare("PRAGMA integrity_check");
    while (integrity.step())
        if (integrity.text(0) != QLatin1String("ok"))
            problems << QStringLiteral("integrity: ") + integrity.text(0);
    db::Statement foreignKeys = auditor.database().prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step())
        problems
            << QStringLiteral("a row of %1 refers to a missing record").arg(foreignKeys.text(0));
    for (const QString& problem : Ledger(auditor).problems())
        problems << QStringLiteral("ledger: ") + problem;
    const audit::ChainVerification chain = audit::verifyTrail(auditor);
    if (!chain.intact)
        problems << QStringLiteral("audit trail: ") + chain.problem;
    return problems;
}

QString missingEffect(Session& auditor, const CommittedOperation& operation)
{
    try {
        const QString problem = checkEffect(auditor, operation);
        return problem.isEmpty() ? QString() : operation.text() + QStringLiteral(": ") + problem;
    } catch (const Error& error) {
        return operation.text() + QStringLiteral(": ") + error.message();
    }
}

} // namespace test
} // namespace amparo
