#include "grants/GrantService.h"

#include "assistance/AssistanceService.h"
#include "auth/Permission.h"
#include "cases/CaseService.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "domain/Sequence.h"
#include "domain/Validation.h"
#include "domain/Visibility.h"
#include "domain/Vocabulary.h"
#include "funds/FundService.h"
#include "grants/GrantWorkflow.h"
#include "ledger/ChartOfAccounts.h"
#include "ledger/Ledger.h"
#include "money/Currency.h"
#include "util/Clock.h"
#include "util/Error.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <algorithm>
#include <string>

namespace amparo {
namespace {

struct GrantText
{
    Q_DECLARE_TR_FUNCTIONS(amparo::GrantService)
};

constexpr qsizetype kCommentLength = 2000;

// Paid and refunded amounts leave out disbursements whose transaction was
// reversed; what is still committed is read from the ledger itself.
constexpr const char* kGrantColumns =
    "SELECT g.id, g.reference, g.fund_id, f.code, g.case_id, c.reference, g.assistance_id, "
    "g.beneficiary_person_id, g.beneficiary_org_id, g.purpose, g.justification, g.currency, "
    "g.requested_minor, g.approved_minor, g.status, g.requested_by, u.login, "
    "g.overcommit_reason, ifnull(g.submitted_on, ''), ifnull(g.approved_on, ''), g.created_at, "
    "g.updated_at, "
    "(SELECT ifnull(sum(d.fund_amount_minor), 0) FROM disbursements d WHERE d.grant_id = g.id "
    " AND d.kind = 'payment' AND NOT EXISTS (SELECT 1 FROM ledger_transactions r "
    " WHERE r.reverses_id = d.txn_id)), "
    "(SELECT ifnull(sum(d.fund_amount_minor), 0) FROM disbursements d WHERE d.grant_id = g.id "
    " AND d.kind = 'refund' AND NOT EXISTS (SELECT 1 FROM ledger_transactions r "
    " WHERE r.reverses_id = d.txn_id)), "
    // From the grant's own transactions (CROSS JOIN keeps that order): led by
    // the account instead, SQLite read every posting of the fund's grants
    // liability per grant, which grew with the square of the grants.
    "(SELECT ifnull(-sum(p.amount_minor), 0) FROM ledger_transactions t "
    " CROSS JOIN ledger_postings p ON p.txn_id = t.id "
    " WHERE t.grant_id = g.id AND p.account_id = (SELECT a.id FROM ledger_accounts a "
    " WHERE a.name = 'liabilities:grants:' || f.code)) "
    "FROM grants g JOIN funds f ON f.id = g.fund_id JOIN cases c ON c.id = g.case_id "
    "JOIN users u ON u.id = g.requested_by ";

Grant readGrant(const db::Statement& row)
{
    Grant g;
    g.id = row.int64(0);
    g.reference = row.text(1);
    g.fundId = row.int64(2);
    g.fundCode = row.text(3);
    g.caseId = row.int64(4);
    g.caseReference = row.text(5);
    g.assistanceId = row.optionalInt64(6);
    g.beneficiaryPersonId = row.optionalInt64(7);
    g.beneficiaryOrgId = row.optionalInt64(8);
    g.purpose = row.text(9);
    g.justification = row.text(10);
    g.currency = row.text(11);
    g.requestedMinor = row.int64(12);
    g.approvedMinor = row.optionalInt64(13);
    g.status = row.text(14);
    g.requestedBy = row.int64(15);
    g.requestedByLogin = row.text(16);
    g.overcommitReason = row.optionalText(17);
    g.submittedOn = fromStoredDate(row.text(18));
    g.approvedOn = fromStoredDate(row.text(19));
    g.createdAt = QDateTime::fromString(row.text(20), Qt::ISODateWithMs);
    g.updatedAt = QDateTime::fromString(row.text(21), Qt::ISODateWithMs);
    g.paidMinor = row.int64(22);
    g.refundedMinor = row.int64(23);
    g.outstandingMinor = row.int64(24);
    return g;
}

// Fund managers, finance, administrators and auditors see every grant;
// caseworkers those of the cases they may see.
std::string visibleGrantCondition(const auth::User& user)
{
    if (auth::rolesAllow(user.roles, auth::Permission::ReadLedger))
        return "1";
    return visibleCaseCondition(user, "c");
}

QString statusLabel(const QString& status)
{
    return termLabel(Vocabulary::GrantStatus, status);
}

} // namespace

GrantRequest GrantService::validated(const GrantRequest& input) const
{
    GrantRequest r = input;
    const Case c = CaseService(m_session).get(input.caseId);
    const Fund fund = FundService(m_session).get(input.fundId);
    r.currency = requireCurrency(GrantText::tr("The currency of the grant"), input.currency);
    if (r.currency != fund.currency)
        throw Error(ErrorKind::Invalid,
                    GrantText::tr("Fund %1 keeps its accounts in %2; request the grant in %2 "
                                  "(payments may still be made in %3 at the rate of the day).")
                        .arg(fund.code, fund.currency, r.currency));
    r.purpose =
        validate::text(GrantText::tr("The purpose"), input.purpose, kCommentLength, true, true);
    r.justification = validate::text(GrantText::tr("The justification"), input.justification,
                                     validate::kLongText, false, true);
    std::optional<QString> assistanceType;
    if (r.assistanceId) {
        const Assistance assistance = AssistanceService(m_session).get(*r.assistanceId);
        if (assistance.caseId != c.id)
            throw Error(ErrorKind::Invalid,
                        GrantText::tr("The assistance %1 belongs to another case than %2.")
                            .arg(*r.assistanceId)
                            .arg(c.reference));
        assistanceType = assistance.type;
    }
    if (r.beneficiaryPersonId) {
        db::Statement inCase = m_session.database().prepare(
            "SELECT 1 FROM case_people WHERE case_id = ?1 AND person_id = ?2");
        if (!inCase.bind(1, c.id).bind(2, *r.beneficiaryPersonId).step())
            throw Error(
                ErrorKind::Invalid,
                GrantText::tr("The beneficiary must be a person of case %1.").arg(c.reference));
    }
    if (r.beneficiaryOrgId) {
        db::Statement org =
            m_session.database().prepare("SELECT 1 FROM organisations WHERE id = ?1");
        if (!org.bind(1, *r.beneficiaryOrgId).step())
            throw Error(ErrorKind::Invalid,
                        GrantText::tr("The beneficiary organisation does not exist."));
    }
    if (r.lines.empty())
        throw Error(ErrorKind::Invalid,
                    GrantText::tr("A grant request needs at least one budget line with an "
                                  "amount."));
    qint64 total = 0;
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        const QString label = GrantText::tr("Budget line %1").arg(i + 1);
        r.lines[i].description =
            validate::text(label, input.lines[i].description, validate::kShortText, true);
        total += requireAmount(label, input.lines[i].amountMinor, r.currency);
        requireAmount(GrantText::tr("The total of the budget lines"), total, r.currency);
    }
    FundService::requireEligible(fund, c.country, c.programme, assistanceType);
    return r;
}

void GrantService::writeLines(qint64 grantId, const std::vector<GrantLine>& lines)
{
    db::Database& database = m_session.database();
    database.prepare("DELETE FROM grant_lines WHERE grant_id = ?1").bind(1, grantId).run();
    db::Statement insert =
        database.prepare("INSERT INTO grant_lines (grant_id, position, description, amount_minor) "
                         "VALUES (?1, ?2, ?3, ?4)");
    int position = 0;
    for (const GrantLine& line : lines) {
        insert.reset();
        insert.bind(1, grantId)
            .bind(2, ++position)
            .bind(3, line.description)
            .bind(4, line.amountMinor)
            .run();
    }
}

Grant GrantService::request(const GrantRequest& input)
{
    auth::requirePermission(m_session.user(), auth::Permission::RequestGrants);
    const GrantRequest r = validated(input);
    qint64 total = 0;
    for (const GrantLine& line : r.lines)
        total += line.amountMinor;
    db::Database& database = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();
    const QString stamp = toStoredTimestamp(now);
    db::Transaction transaction(database);
    const QString year = QString::number(now.date().year());
    const QString reference = QStringLiteral("GR-%1-%2")
                                  .arg(year)
                                  .arg(nextInSequence(database, QStringLiteral("grant:") + year), 5,
                                       10, QLatin1Char('0'));
    database
        .prepare("INSERT INTO grants (reference, fund_id, case_id, assistance_id, "
                 "beneficiary_person_id, beneficiary_org_id, purpose, justification, currency, "
                 "requested_minor, status, requested_by, created_at, updated_at) VALUES (?1, ?2, "
                 "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'draft', ?11, ?12, ?12)")
        .bind(1, reference)
        .bind(2, r.fundId)
        .bind(3, r.caseId)
        .bind(4, r.assistanceId)
        .bind(5, r.beneficiaryPersonId)
        .bind(6, r.beneficiaryOrgId)
        .bind(7, r.purpose)
        .bind(8, r.justification)
        .bind(9, r.currency)
        .bind(10, total)
        .bind(11, m_session.user().id)
        .bind(12, stamp)
        .run();
    const qint64 grantId = database.lastInsertRowId();
    writeLines(grantId, r.lines);
    database
        .prepare("INSERT INTO grant_events (grant_id, from_status, to_status, user_id, at) "
                 "VALUES (?1, NULL, 'draft', ?2, ?3)")
        .bind(1, grantId)
        .bind(2, m_session.user().id)
        .bind(3, stamp)
        .run();
    m_session.audit().append(
        m_session.actor(), QStringLiteral("grant.request"), QStringLiteral("grant"),
        QString::number(grantId),
        {{QStringLiteral("reference"), std::nullopt, reference},
         {QStringLiteral("case_id"), std::nullopt, QString::number(r.caseId)},
         {QStringLiteral("fund_id"), std::nullopt, QString::number(r.fundId)},
         {QStringLiteral("requested"), std::nullopt, formatAmount(total, r.currency)},
         {QStringLiteral("currency"), std::nullopt, r.currency},
         {QStringLiteral("purpose"), std::nullopt, r.purpose}});
    if (r.submit)
        recordTransition(get(grantId), QStringLiteral("submitted"), QString());
    m_session.notifyAfterCommit({QStringLiteral("grant"), grantId, ChangeEvent::Kind::Created});
    transaction.commit();
    return get(grantId);
}

void GrantService::updateRequest(qint64 grantId, const GrantRequest& changed)
{
    auth::requirePermission(m_session.user(), auth::Permission::RequestGrants);
    const Grant before = get(grantId);
    if (before.status != QLatin1String("draft") && before.status != QLatin1String("returned"))
        throw Error(ErrorKind::Refused,
                    GrantText::tr("Grant %1 is %2; only drafts and requests returned for changes "
                                  "can be edited.")
                        .arg(before.reference, statusLabel(before.status)));
    GrantRequest input = changed;
    input.caseId = before.caseId;
    const GrantRequest r = validated(input);
    qint64 total = 0;
    for (const GrantLine& line : r.lines)
        total += line.amountMinor;
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("UPDATE grants SET fund_id = ?1, assistance_id = ?2, beneficiary_person_id = ?3, "
                 "beneficiary_org_id = ?4, purpose = ?5, justification = ?6, currency = ?7, "
                 "requested_minor = ?8, updated_at = ?9 WHERE id = ?10")
        .bind(1, r.fundId)
        .bind(2, r.assistanceId)
        .bind(3, r.beneficiaryPersonId)
        .bind(4, r.beneficiaryOrgId)
        .bind(5, r.purpose)
        .bind(6, r.justification)
        .bind(7, r.currency)
        .bind(8, total)
        .bind(9, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(10, grantId)
        .run();
    writeLines(grantId, r.lines);
    m_session.audit().append(
        m_session.actor(), QStringLiteral("grant.update"), QStringLiteral("grant"),
        QString::number(grantId),
        {{QStringLiteral("requested"), formatAmount(before.requestedMinor, before.currency),
          formatAmount(total, r.currency)},
         {QStringLiteral("purpose"), before.purpose, r.purpose}});
    m_session.notifyAfterCommit({QStringLiteral("grant"), grantId, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void GrantService::submit(qint64 grantId)
{
    auth::requirePermission(m_session.user(), auth::Permission::RequestGrants);
    const Grant grant = get(grantId);
    requireTransition(grant, QStringLiteral("submitted"));
    db::Transaction transaction(m_session.database());
    recordTransition(grant, QStringLiteral("submitted"), QString());
    transaction.commit();
}

void GrantService::requireTransition(const Grant& grant, const QString& to) const
{
    if (isAllowedGrantTransition(grant.status, to))
        return;
    const QStringList allowed = allowedNextGrantStatuses(grant.status);
    const QString from = statusLabel(grant.status);
    const QString next = allowed.isEmpty()
                             ? GrantText::tr("%1 is final.").arg(from)
                             : GrantText::tr("from %1 it can go to: %2.")
                                   .arg(from, termLabels(Vocabulary::GrantStatus, allowed));
    throw Error(ErrorKind::Refused, GrantText::tr("Grant %1 cannot go from %2 to %3; %4")
                                        .arg(grant.reference, from, statusLabel(to), next));
}

void GrantService::recordTransition(const Grant& grant, const QString& to, const QString& comment)
{
    requireTransition(grant, to);
    db::Database& database = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();
    const QString stamp = toStoredTimestamp(now);
    db::Transaction transaction(database);
    database
        .prepare("UPDATE grants SET status = ?1, updated_at = ?2, "
                 "submitted_on = CASE WHEN ?1 = 'submitted' THEN ?3 ELSE submitted_on END "
                 "WHERE id = ?4")
        .bind(1, to)
        .bind(2, stamp)
        .bind(3, toStoredDate(now.date()))
        .bind(4, grant.id)
        .run();
    database
        .prepare("INSERT INTO grant_events (grant_id, from_status, to_status, comment, user_id, "
                 "at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, grant.id)
        .bind(2, grant.status)
        .bind(3, to)
        .bind(4, comment)
        .bind(5, m_session.user().id)
        .bind(6, stamp)
        .run();
    std::vector<audit::FieldChange> changes = {{QStringLiteral("status"), grant.status, to}};
    if (!comment.isEmpty())
        changes.push_back({QStringLiteral("comment"), std::nullopt, comment});
    m_session.audit().append(m_session.actor(), QStringLiteral("grant.transition"),
                             QStringLiteral("grant"), QString::number(grant.id), changes);
    m_session.notifyAfterCommit({QStringLiteral("grant"), grant.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void GrantService::releaseCommitment(const Grant& grant, const QString& why)
{
    const Grant current = get(grant.id);
    if (current.outstandingMinor <= 0)
        return;
    JournalEntry entry;
    entry.date = m_session.clock().nowUtc().date();
    entry.kind = QStringLiteral("release");
    entry.description = GrantText::tr("Release of %1: %2").arg(grant.reference, why);
    entry.fundId = grant.fundId;
    entry.grantId = grant.id;
    addMovement(entry, accounts::commitments(grant.fundCode), current.outstandingMinor,
                grant.currency, accounts::grantExpenses(grant.fundCode), current.outstandingMinor,
                grant.currency);
    Ledger(m_session).post(entry);
}

void GrantService::requireMayApprove(const Grant& grant) const
{
    auth::requirePermission(m_session.user(), auth::Permission::ApproveGrants);
    auth::requireDifferentPeople(m_session.user(), grant.requestedBy,
                                 GrantText::tr("approve their own grant request"));
    if (grant.status != QLatin1String("submitted"))
        throw Error(ErrorKind::Refused,
                    GrantText::tr("Grant %1 is %2; only submitted requests can be approved.")
                        .arg(grant.reference, statusLabel(grant.status)));
    for (const GrantApproval& earlier : grant.approvals)
        auth::requireDifferentPeople(m_session.user(), earlier.approverId,
                                     GrantText::tr("give both approvals of a grant"));
}

std::optional<QString> GrantService::approvalRefusal(qint64 grantId) const
{
    // The same rules approve() applies, so the reason shown and the rule
    // enforced cannot drift apart.
    try {
        requireMayApprove(get(grantId));
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Refused)
            throw;
        return error.message();
    }
    return std::nullopt;
}

void GrantService::approve(qint64 grantId, const std::optional<qint64>& amount,
                           const QString& comment)
{
    auth::requirePermission(m_session.user(), auth::Permission::ApproveGrants);
    const Grant grant = get(grantId);
    requireMayApprove(grant);
    const QString note =
        validate::text(GrantText::tr("The comment"), comment, kCommentLength, false, true);
    const QString amountLabel = GrantText::tr("The approved amount");
    qint64 approved = amount.value_or(
        grant.approvals.empty() ? grant.requestedMinor : grant.approvals.front().amountMinor);
    requireAmount(amountLabel, approved, grant.currency);
    if (approved > grant.requestedMinor)
        throw Error(ErrorKind::Invalid,
                    GrantText::tr("%1 (%2) cannot be more than the %3 requested.")
                        .arg(amountLabel, displayAmount(approved, grant.currency),
                             displayAmount(grant.requestedMinor, grant.currency)));
    for (const GrantApproval& earlier : grant.approvals)
        approved = std::min(approved, earlier.amountMinor);

    FundService funds(m_session);
    const Fund fund = funds.get(grant.fundId);
    // The fund's restrictions are checked again (they may have changed since
    // the request) on the case's facts, read directly: a fund manager decides
    // on grants of restricted cases without being given the case itself.
    db::Statement facts = m_session.database().prepare(
        "SELECT ifnull(c.country, ''), c.programme, a.type FROM grants g "
        "JOIN cases c ON c.id = g.case_id LEFT JOIN assistance a ON a.id = g.assistance_id "
        "WHERE g.id = ?1");
    facts.bind(1, grant.id).step();
    FundService::requireEligible(fund, facts.text(0), facts.text(1), facts.optionalText(2));
    const bool needsTwo = approved > fund.approvalThresholdMinor.value_or(0);
    const bool final = !needsTwo || !grant.approvals.empty();
    const qint64 available = funds.position(fund.id).availableMinor;
    const bool overcommits = approved > available;
    if (overcommits && !grant.overcommitReason)
        throw Error(ErrorKind::Refused,
                    GrantText::tr("Fund %1 has %2 available; approving %3 for grant %4 would "
                                  "commit more than it has. An administrator can authorise the "
                                  "over-commitment with a written reason.")
                        .arg(fund.code, displayAmount(available, fund.currency),
                             displayAmount(approved, grant.currency), grant.reference));

    db::Database& database = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();
    db::Transaction transaction(database);
    database
        .prepare("INSERT INTO grant_approvals (grant_id, approver_id, amount_minor, comment, "
                 "approved_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, grant.id)
        .bind(2, m_session.user().id)
        .bind(3, approved)
        .bind(4, note)
        .bind(5, toStoredTimestamp(now))
        .run();
    std::vector<audit::FieldChange> changes = {
        {QStringLiteral("approved"), std::nullopt, formatAmount(approved, grant.currency)},
        {QStringLiteral("approval"), std::nullopt,
         final ? (grant.approvals.empty() ? QStringLiteral("single") : QStringLiteral("second"))
               : QStringLiteral("first of two")}};
    if (!note.isEmpty())
        changes.push_back({QStringLiteral("comment"), std::nullopt, note});
    if (overcommits)
        changes.push_back({QStringLiteral("overcommit"), std::nullopt, *grant.overcommitReason});
    m_session.audit().append(m_session.actor(), QStringLiteral("grant.approve"),
                             QStringLiteral("grant"), QString::number(grant.id), changes);
    if (final) {
        database.prepare("UPDATE grants SET approved_minor = ?1, approved_on = ?2 WHERE id = ?3")
            .bind(1, approved)
            .bind(2, toStoredDate(now.date()))
            .bind(3, grant.id)
            .run();
        JournalEntry entry;
        entry.date = now.date();
        entry.kind = QStringLiteral("commitment");
        entry.description =
            GrantText::tr("Commitment of %1 for case %2").arg(grant.reference, grant.caseReference);
        entry.fundId = grant.fundId;
        entry.grantId = grant.id;
        addMovement(entry, accounts::grantExpenses(fund.code), approved, fund.currency,
                    accounts::commitments(fund.code), approved, fund.currency);
        Ledger(m_session).post(entry);
        recordTransition(grant, QStringLiteral("approved"), note);
    }
    m_session.notifyAfterCommit({QStringLiteral("grant"), grant.id, ChangeEvent::Kind::Updated});
    transaction.commit();
}

void GrantService::reject(qint64 grantId, const QString& comment)
{
    auth::requirePermission(m_session.user(), auth::Permission::ApproveGrants);
    const Grant grant = get(grantId);
    auth::requireDifferentPeople(m_session.user(), grant.requestedBy,
                                 GrantText::tr("decide on their own grant request"));
    const QString why = validate::text(GrantText::tr("The reason for the rejection"), comment,
                                       kCommentLength, true, true);
    requireTransition(grant, QStringLiteral("rejected"));
    db::Transaction transaction(m_session.database());
    recordTransition(grant, QStringLiteral("rejected"), why);
    transaction.commit();
}

void GrantService::returnForChanges(qint64 grantId, const QString& comment)
{
    auth::requirePermission(m_session.user(), auth::Permission::ApproveGrants);
    const Grant grant = get(grantId);
    auth::requireDifferentPeople(m_session.user(), grant.requestedBy,
                                 GrantText::tr("decide on their own grant request"));
    const QString why =
        validate::text(GrantText::tr("What needs to change"), comment, kCommentLength, true, true);
    requireTransition(grant, QStringLiteral("returned"));
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    // A changed request is decided afresh: earlier approvals and any
    // over-commitment authorised for the old request no longer count.
    database.prepare("DELETE FROM grant_approvals WHERE grant_id = ?1").bind(1, grant.id).run();
    database
        .prepare("UPDATE grants SET overcommit_reason = NULL, overcommit_by = NULL WHERE id = ?1")
        .bind(1, grant.id)
        .run();
    recordTransition(grant, QStringLiteral("returned"), why);
    transaction.commit();
}

void GrantService::cancel(qint64 grantId, const QString& reason)
{
    const Grant grant = get(grantId);
    // Once money is committed only a fund manager may let it go; before
    // that the caseworkers who ask may also withdraw the request.
    const bool fundManager =
        auth::rolesAllow(m_session.user().roles, auth::Permission::ApproveGrants);
    const bool committed = isCommittedGrantStatus(grant.status);
    auth::requirePermission(m_session.user(), committed || fundManager
                                                  ? auth::Permission::ApproveGrants
                                                  : auth::Permission::RequestGrants);
    const QString why = validate::text(GrantText::tr("The reason for the cancellation"), reason,
                                       kCommentLength, true, true);
    requireTransition(grant, QStringLiteral("cancelled"));
    db::Transaction transaction(m_session.database());
    releaseCommitment(grant, GrantText::tr("cancelled"));
    recordTransition(grant, QStringLiteral("cancelled"), why);
    transaction.commit();
}

void GrantService::close(qint64 grantId, const QString& comment)
{
    auth::requirePermission(m_session.user(), auth::Permission::ApproveGrants);
    const Grant grant = get(grantId);
    const QString note =
        validate::text(GrantText::tr("The comment"), comment, kCommentLength, false, true);
    requireTransition(grant, QStringLiteral("closed"));
    db::Transaction transaction(m_session.database());
    releaseCommitment(grant, GrantText::tr("closed"));
    recordTransition(grant, QStringLiteral("closed"), note);
    transaction.commit();
}

void GrantService::authoriseOvercommit(qint64 grantId, const QString& reason)
{
    auth::requirePermission(m_session.user(), auth::Permission::ManageSettings);
    const Grant grant = get(grantId);
    if (grant.status != QLatin1String("submitted"))
        throw Error(ErrorKind::Refused,
                    GrantText::tr("Grant %1 is %2; an over-commitment can only be authorised for "
                                  "a submitted request.")
                        .arg(grant.reference, statusLabel(grant.status)));
    const QString why = validate::text(GrantText::tr("The reason for the over-commitment"), reason,
                                       kCommentLength, true, true);
    db::Database& database = m_session.database();
    db::Transaction transaction(database);
    database
        .prepare("UPDATE grants SET overcommit_reason = ?1, overcommit_by = ?2, updated_at = ?3 "
                 "WHERE id = ?4")
        .bind(1, why)
        .bind(2, m_session.user().id)
        .bind(3, toStoredTimestamp(m_session.clock().nowUtc()))
        .bind(4, grant.id)
        .run();
    m_session.audit().append(m_session.actor(), QStringLiteral("grant.authorise_overcommit"),
                             QStringLiteral("grant"), QString::number(grant.id),
                             {{QStringLiteral("overcommit_reason"), grant.overcommitReason, why}});
    transaction.commit();
}

void GrantService::requireReader() const
{
    const auth::User& user = m_session.user();
    auth::requirePermission(user, auth::rolesAllow(user.roles, auth::Permission::ReadLedger)
                                      ? auth::Permission::ReadLedger
                                      : auth::Permission::ReadCases);
}

void GrantService::loadDetails(Grant& g) const
{
    db::Database& database = m_session.database();
    db::Statement lines = database.prepare(
        "SELECT description, amount_minor FROM grant_lines WHERE grant_id = ?1 ORDER BY position");
    lines.bind(1, g.id);
    while (lines.step())
        g.lines.push_back({lines.text(0), lines.int64(1)});
    db::Statement approvals = database.prepare(
        "SELECT a.approver_id, u.login, a.amount_minor, a.comment, a.approved_at FROM "
        "grant_approvals a JOIN users u ON u.id = a.approver_id WHERE a.grant_id = ?1 "
        "ORDER BY a.approved_at");
    approvals.bind(1, g.id);
    while (approvals.step())
        g.approvals.push_back({approvals.int64(0), approvals.text(1), approvals.int64(2),
                               approvals.text(3),
                               QDateTime::fromString(approvals.text(4), Qt::ISODateWithMs)});
}

Grant GrantService::get(qint64 grantId) const
{
    requireReader();
    db::Statement select =
        m_session.database().prepare(std::string(kGrantColumns) + "WHERE g.id = ?1 AND " +
                                     visibleGrantCondition(m_session.user()));
    if (!select.bind(1, grantId).step())
        throw Error(ErrorKind::NotFound,
                    GrantText::tr("There is no grant with the id %1.").arg(grantId));
    Grant g = readGrant(select);
    loadDetails(g);
    return g;
}

Grant GrantService::find(const QString& idOrReference) const
{
    const QString text = idOrReference.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber)
        return get(id);
    db::Statement select =
        m_session.database().prepare("SELECT id FROM grants WHERE reference = ?1");
    if (!select.bind(1, text.toUpper()).step())
        throw Error(ErrorKind::NotFound,
                    GrantText::tr("There is no grant with the reference \"%1\".").arg(text));
    return get(select.int64(0));
}

std::vector<Grant> GrantService::list(const GrantFilter& filter) const
{
    requireReader();
    std::string sql = std::string(kGrantColumns) + "WHERE " +
                      visibleGrantCondition(m_session.user()) +
                      " AND (?1 IS NULL OR g.fund_id = ?1) AND (?2 IS NULL OR g.case_id = ?2)";
    for (const QString& status : filter.statuses) {
        if (!isTerm(Vocabulary::GrantStatus, status))
            throw Error(
                ErrorKind::Invalid,
                GrantText::tr("Unknown grant status \"%1\"; use one of: %2.")
                    .arg(status, termNames(Vocabulary::GrantStatus).join(QStringLiteral(", "))));
    }
    if (!filter.statuses.isEmpty())
        sql += " AND g.status IN ('" + filter.statuses.join(QStringLiteral("','")).toStdString() +
               "')";
    sql += " ORDER BY g.created_at DESC, g.id DESC";
    db::Statement select = m_session.database().prepare(sql);
    select.bind(1, filter.fundId).bind(2, filter.caseId);
    std::vector<Grant> grants;
    while (select.step()) {
        grants.push_back(readGrant(select));
        loadDetails(grants.back());
    }
    return grants;
}

std::vector<GrantEvent> GrantService::history(qint64 grantId) const
{
    get(grantId);
    db::Statement select = m_session.database().prepare(
        "SELECT ifnull(e.from_status, ''), e.to_status, e.comment, u.login, e.at FROM "
        "grant_events e JOIN users u ON u.id = e.user_id WHERE e.grant_id = ?1 ORDER BY e.id");
    select.bind(1, grantId);
    std::vector<GrantEvent> events;
    while (select.step())
        events.push_back({select.text(0), select.text(1), select.text(2), select.text(3),
                          QDateTime::fromString(select.text(4), Qt::ISODateWithMs)});
    return events;
}

} // namespace amparo
